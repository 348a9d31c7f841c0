using NhsTechQA.Core;
using NhsTechQA.Core.Embeddings;

namespace NhsTechQA.Tests;

/// <summary>
/// The local model loads while the index is opened; a model that cannot be loaded still fails the opening, with the
/// setting to fix named, whether its assembly is missing (found at once) or only the model in it (found while loading).
/// </summary>
public sealed class DeferredModelTests
{
    [Theory]
    [InlineData("assembly", "Embedding:ModelAssembly")]
    [InlineData("resource", "Embedding:ModelResource")]
    public async Task A_model_that_cannot_be_loaded_fails_opening_with_the_setting_named(string missing, string setting)
    {
        var index = RepoPaths.NewTempFolder();
        try
        {
            var settings = AssistantFixture.Settings(index);
            if (missing == "assembly") settings.Embedding.ModelAssembly = Path.Combine(index, "missing.dll");
            else settings.Embedding.ModelResource = "missing.onnx";
            var error = await Assert.ThrowsAsync<ModelUnavailableException>(() => Assistant.OpenAsync(settings, null, CancellationToken.None));
            Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(index, recursive: true);
        }
    }
}
