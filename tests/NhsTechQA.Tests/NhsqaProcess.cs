using System.Diagnostics;
using System.Text;

namespace NhsTechQA.Tests;

/// <summary>What a run of the real `nhsqa` program printed and returned.</summary>
public sealed record NhsqaRun(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the built `nhsqa` program as its own process, as a user would, optionally typing lines at it.</summary>
public static class NhsqaProcess
{
    public static async Task<NhsqaRun> RunAsync(string workingDirectory, IEnumerable<string> args,
        IEnumerable<string>? input = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null,
            WorkingDirectory = workingDirectory, StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nhsqa.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            foreach (var line in input) await process.StandardInput.WriteLineAsync(line);
            process.StandardInput.Close();
        }
        await process.WaitForExitAsync();
        return new NhsqaRun(process.ExitCode, await stdout, await stderr);
    }
}
