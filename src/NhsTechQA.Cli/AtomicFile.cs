namespace NhsTechQA.Cli;

/// <summary>Writes a file under a temporary name and renames it into place, so a reader never sees half a file.</summary>
public static class AtomicFile
{
    public static async Task WriteAllLinesAsync(string path, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new InputFileException($"output folder '{folder}' does not exist");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllLinesAsync(temporary, lines, cancellationToken);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
