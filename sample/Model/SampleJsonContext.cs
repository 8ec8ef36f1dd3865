using System.Text.Json;
using System.Text.Json.Serialization;

namespace ErrorHandlers.Sample.Model;

/// <summary>Source-generated JSON, so the sample stays trimming and Native AOT safe.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(CheeseError))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
