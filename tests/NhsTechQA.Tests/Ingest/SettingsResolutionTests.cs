using System.Diagnostics;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Tests.Ingest;

/// <summary>Settings come from the working folder (./appsettings.json, else the built-in defaults), wherever the program is.</summary>
public sealed class SettingsResolutionTests : IDisposable
{
    private readonly string _work = RepoPaths.NewTempFolder();

    [Fact]
    public void Without_a_local_settings_file_the_built_in_defaults_resolve_folders_against_the_working_folder()
    {
        var source = SettingsLoader.Locate(_work);
        Assert.True(source.BuiltIn);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, SettingsLoader.FileName), source.File);
        var settings = SettingsLoader.Load(SettingsLoader.LoadConfiguration(source), null, null);
        // Not inside the build output, where the built-in file lives.
        Assert.Equal([Path.Combine(_work, "seeds")], settings.Corpus.Folders);
        Assert.Equal(Path.Combine(_work, ".nhsqa-index"), settings.Index.Folder);
    }

    [Fact]
    public void A_local_settings_file_is_used_and_its_folders_resolve_against_it()
    {
        File.WriteAllText(Path.Combine(_work, SettingsLoader.FileName),
            """{ "Corpus": { "Folders": [ "papers", "../shared-papers" ] }, "Index": { "Folder": "idx" }, "Chunking": { "MaxTokens": 100 } }""");
        var source = SettingsLoader.Locate(_work);
        Assert.False(source.BuiltIn);
        var settings = SettingsLoader.Load(SettingsLoader.LoadConfiguration(source), null, null);
        Assert.Equal([Path.Combine(_work, "papers"), Path.GetFullPath(Path.Combine(_work, "..", "shared-papers"))], settings.Corpus.Folders);
        Assert.Equal(Path.Combine(_work, "idx"), settings.Index.Folder);
        Assert.Equal(100, settings.Chunking.MaxTokens);
    }


    private Task<NhsqaRun> NhsqaAsync(params string[] args) => NhsqaProcess.RunAsync(_work, args);

    [Fact]
    public async Task Config_flags_a_corpus_folder_that_does_not_exist()
    {
        var missing = await NhsqaAsync("config");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains($"{Path.Combine(_work, "seeds")} (missing)", missing.Stdout);
        Assert.Contains("built-in defaults", missing.Stdout);
        Assert.Contains($"error: corpus folder '{Path.Combine(_work, "seeds")}' does not exist", missing.Stderr);

        Directory.CreateDirectory(Path.Combine(_work, "seeds"));
        var present = await NhsqaAsync("config");
        Assert.Equal(0, present.ExitCode);
        Assert.DoesNotContain("(missing)", present.Stdout.Split('\n').Single(l => l.StartsWith("corpus folders:")));
    }

    [Fact]
    public async Task The_program_works_from_any_folder_with_the_built_in_defaults()
    {
        Directory.CreateDirectory(Path.Combine(_work, "seeds"));
        File.WriteAllText(Path.Combine(_work, "seeds", "talk.txt"),
            "At the Care Summit, health minister Ada Brennan said: “Every hospital will share records safely by next year.”");
        var run = await NhsqaAsync("ingest");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("1 documents", run.Stdout);
        Assert.True(File.Exists(Path.Combine(_work, ".nhsqa-index", "index.bin")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }
}
