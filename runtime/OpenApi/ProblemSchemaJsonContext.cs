using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ErrorHandlers.OpenApi;

/// <summary>
/// The JSON metadata of the default response's bodies, which the OpenAPI schema service needs and an application on
/// the slim builder (Native AOT, no reflection) does not have unless it called <c>AddProblemDetails</c>.
/// <c>AddErrorHandlers</c> appends it to the end of the HTTP JSON options' resolver chain, as <c>AddProblemDetails</c>
/// adds ASP.NET Core's own: every resolver the application registered answers first.
/// </summary>
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(HttpValidationProblemDetails))]
internal sealed partial class ProblemSchemaJsonContext : JsonSerializerContext
{
    public static void AddTo(Microsoft.AspNetCore.Http.Json.JsonOptions json)
    {
        if (!json.SerializerOptions.TypeInfoResolverChain.Contains(Default))
        {
            json.SerializerOptions.TypeInfoResolverChain.Add(Default);
        }
    }
}
