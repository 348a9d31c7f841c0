namespace NhsTechQA.Tests;

/// <summary>Locations in the repository, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Data => Path.Combine(AppContext.BaseDirectory, "data");

    public static string NewTempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nhsqa-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NhsTechQA.sln"))) return folder.FullName;
        throw new InvalidOperationException("repository root (NhsTechQA.sln) not found above the test assembly");
    }
}
