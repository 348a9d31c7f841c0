using System.CommandLine;
using System.IO.Compression;
using System.Text.Json;
using NhsTechQA.Core.Configuration;

namespace NhsTechQA.Cli.Commands;

/// <summary>Writes the Teams app package (manifest and icons) to sideload, with the bot's app id from configuration.</summary>
public static class TeamsPackageCommand
{
    private sealed class TeamsOptions
    {
        public string ManifestFolder { get; set; } = "teams";
        public string Version { get; set; } = "1.0.0";
        public string DeveloperName { get; set; } = "";
        public string WebsiteUrl { get; set; } = "";
        public string PrivacyUrl { get; set; } = "";
        public string TermsUrl { get; set; } = "";
    }

    public static Command Create()
    {
        var appId = new Option<string?>("--app-id") { Description = "The bot's Microsoft App ID (default: Bot:MicrosoftAppId)" };
        var output = new Option<string>("--out") { Description = "The .zip to write", DefaultValueFactory = _ => "nhstechqa-teams.zip" };
        var package = new Command("package", "Write the Teams app package (.zip) to sideload") { appId, output };
        package.SetAction((result, cancellationToken) => CommonOptions.GuardAsync(async () =>
        {
            var (configuration, baseFolder) = SettingsLoader.LoadConfiguration();
            var teams = SettingsLoader.Bind<TeamsOptions>(configuration, "Teams");
            var id = result.GetValue(appId) ?? configuration["Bot:MicrosoftAppId"];
            if (!Guid.TryParse(id, out _))
                throw new ConfigurationException($"the app id '{id}' is not a GUID: pass --app-id or set Bot:MicrosoftAppId to the bot's Microsoft App ID");
            foreach (var (name, url) in new[] { ("Teams:WebsiteUrl", teams.WebsiteUrl), ("Teams:PrivacyUrl", teams.PrivacyUrl), ("Teams:TermsUrl", teams.TermsUrl) })
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
                    throw new ConfigurationException($"{name} must be an https URL (is '{url}')");
            var folder = Path.GetFullPath(teams.ManifestFolder, baseFolder);
            var manifest = await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json"), cancellationToken);
            foreach (var (placeholder, value) in new Dictionary<string, string>
                     {
                         ["{{APP_ID}}"] = id!, ["{{VERSION}}"] = teams.Version, ["{{DEVELOPER_NAME}}"] = teams.DeveloperName,
                         ["{{WEBSITE_URL}}"] = teams.WebsiteUrl, ["{{PRIVACY_URL}}"] = teams.PrivacyUrl, ["{{TERMS_URL}}"] = teams.TermsUrl,
                     })
                manifest = manifest.Replace(placeholder, JsonEncodedText.Encode(value).ToString(), StringComparison.Ordinal);
            using (JsonDocument.Parse(manifest)) { }
            var target = Path.GetFullPath(result.GetValue(output)!);
            var temporary = target + $".{Guid.NewGuid():N}.tmp";
            try
            {
                using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
                {
                    using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open())) await writer.WriteAsync(manifest);
                    zip.CreateEntryFromFile(Path.Combine(folder, "color.png"), "color.png");
                    zip.CreateEntryFromFile(Path.Combine(folder, "outline.png"), "outline.png");
                }
                File.Move(temporary, target, overwrite: true);
            }
            finally
            {
                if (File.Exists(temporary)) File.Delete(temporary);
            }
            Console.WriteLine($"wrote {target}: upload it in Teams (Apps > Manage your apps > Upload an app)");
            return ExitCodes.Success;
        }));
        var command = new Command("teams", "Microsoft Teams app") { package };
        return command;
    }
}
