using Microsoft.Extensions.Configuration;

namespace NhsTechQA.Core.Configuration;

/// <summary>
/// Reads the settings: <c>./appsettings.json</c> in the working folder if there is one, else the built-in defaults
/// (the copy shipped beside the program), then user secrets and environment variables (Section__Key). Relative
/// folders resolve against the folder of the settings file in use — the working folder in both cases, since the
/// built-in defaults describe the user's folders, not the program's (a corpus is never inside the build output).
/// On the command line, relative folders are relative to the working folder.
/// </summary>
public static class SettingsLoader
{
    public const string FileName = "appsettings.json";

    /// <summary>User-secrets id: `dotnet user-secrets set AzureOpenAI:ApiKey … --id nhstechqa` keeps keys out of files.</summary>
    public const string UserSecretsId = "nhstechqa";

    /// <summary>The configuration (file, user secrets, environment) and the folder relative paths are resolved against.</summary>
    public static (IConfiguration Configuration, string BaseFolder) LoadConfiguration(string? settingsFile = null) =>
        LoadConfiguration(settingsFile is not null
            ? new SettingsSource(Path.GetFullPath(settingsFile), Path.GetDirectoryName(Path.GetFullPath(settingsFile))!, BuiltIn: false)
            : Locate());

    public static (IConfiguration Configuration, string BaseFolder) LoadConfiguration(SettingsSource source)
    {
        var file = source.File;
        try
        {
            var builder = new ConfigurationBuilder();
            if (file is not null) builder.AddJsonFile(file, optional: false);
            var configuration = builder
                .AddUserSecrets(UserSecretsId, reloadOnChange: false)
                .AddEnvironmentVariables()
                .Build();
            return (configuration, source.BaseFolder);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException)
        {
            throw new ConfigurationException($"cannot read '{file}': {e.Message}");
        }
    }

    public static NhsTechQASettings Load(IReadOnlyList<string>? corpusOverride, string? indexOverride, string? settingsFile = null) =>
        Load(LoadConfiguration(settingsFile), corpusOverride, indexOverride);

    public static NhsTechQASettings Load((IConfiguration Configuration, string BaseFolder) loaded, IReadOnlyList<string>? corpusOverride, string? indexOverride)
    {
        var (configuration, baseFolder) = loaded;
        var settings = new NhsTechQASettings(
            Bind<CorpusOptions>(configuration, CorpusOptions.Section),
            Bind<IndexOptions>(configuration, IndexOptions.Section),
            Bind<ChunkingOptions>(configuration, ChunkingOptions.Section),
            Bind<EmbeddingOptions>(configuration, EmbeddingOptions.Section),
            Bind<RetrievalOptions>(configuration, RetrievalOptions.Section),
            Bind<AnsweringOptions>(configuration, AnsweringOptions.Section),
            Bind<GlossaryOptions>(configuration, GlossaryOptions.Section),
            Bind<VerificationOptions>(configuration, VerificationOptions.Section));
        // The binder appends configured list items to the defaults; the configured list is what is meant.
        var configuredFolders = configuration.GetSection($"{CorpusOptions.Section}:Folders").Get<List<string>>();
        settings.Corpus.Folders = corpusOverride is { Count: > 0 }
            ? corpusOverride.Select(Path.GetFullPath).ToList()
            : (configuredFolders ?? settings.Corpus.Folders).Distinct().Select(f => Path.GetFullPath(f, baseFolder)).ToList();
        var configuredExtensions = configuration.GetSection($"{CorpusOptions.Section}:Extensions").Get<List<string>>();
        if (configuredExtensions is { Count: > 0 }) settings.Corpus.Extensions = configuredExtensions.Distinct().ToList();
        settings.Index.Folder = indexOverride is not null ? Path.GetFullPath(indexOverride) : Path.GetFullPath(settings.Index.Folder, baseFolder);
        settings.Validate();
        return settings;
    }

    public static T Bind<T>(IConfiguration configuration, string section) where T : new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException($"setting in section '{section}' is invalid: {e.Message}");
        }
    }

    /// <summary>Where settings come from: a file (null when even the built-in copy is missing: code defaults) and the folder relative paths resolve against.</summary>
    public sealed record SettingsSource(string? File, string BaseFolder, bool BuiltIn);

    /// <summary><c>./appsettings.json</c> if present; else the built-in defaults beside the program, with the working folder as base.</summary>
    public static SettingsSource Locate(string? workingFolder = null)
    {
        workingFolder = Path.GetFullPath(workingFolder ?? Directory.GetCurrentDirectory());
        var local = Path.Combine(workingFolder, FileName);
        if (File.Exists(local)) return new SettingsSource(local, workingFolder, BuiltIn: false);
        var own = Path.Combine(AppContext.BaseDirectory, FileName);
        return new SettingsSource(File.Exists(own) ? own : null, workingFolder, BuiltIn: true);
    }

    /// <summary>The settings file in use: <c>./appsettings.json</c>, else the program's own copy.</summary>
    public static string FindSettingsFile() =>
        Locate().File ?? throw new ConfigurationException($"no {FileName} in '{Directory.GetCurrentDirectory()}' or '{AppContext.BaseDirectory}'");
}
