using Microsoft.Extensions.Configuration;

namespace NhsTechQA.Core.Configuration;

/// <summary>
/// Reads appsettings.json (the nearest one above the working folder, else the program's own copy) and environment
/// variables (Section__Key). Relative folders in the file are relative to the file; on the command line, to the working folder.
/// </summary>
public static class SettingsLoader
{
    public const string FileName = "appsettings.json";

    /// <summary>User-secrets id: `dotnet user-secrets set AzureOpenAI:ApiKey … --id nhstechqa` keeps keys out of files.</summary>
    public const string UserSecretsId = "nhstechqa";

    /// <summary>The configuration (file, user secrets, environment) and the folder relative paths are resolved against.</summary>
    public static (IConfiguration Configuration, string BaseFolder) LoadConfiguration(string? settingsFile = null)
    {
        var file = settingsFile ?? FindSettingsFile();
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(file, optional: false)
                .AddUserSecrets(UserSecretsId, reloadOnChange: false)
                .AddEnvironmentVariables()
                .Build();
            return (configuration, Path.GetDirectoryName(file)!);
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

    public static string FindSettingsFile()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, FileName);
            if (File.Exists(candidate)) return candidate;
        }
        var own = Path.Combine(AppContext.BaseDirectory, FileName);
        if (File.Exists(own)) return own;
        throw new ConfigurationException($"no {FileName} found in '{Directory.GetCurrentDirectory()}', its parents, or '{AppContext.BaseDirectory}'");
    }
}
