namespace ErrorHandlers.Generator.Shared;

/// <summary>Metadata names of the runtime types the generator reads and writes.</summary>
internal static class KnownNames
{
    public const string RuntimeAssembly = "ErrorHandlers";
    public const string ErrorHandlerAttribute = "ErrorHandlers.ErrorHandlerAttribute";
    public const string ErrorHandlerScopeAttribute = "ErrorHandlers.ErrorHandlerScopeAttribute";
    public const string Exception = "System.Exception";
    public const string HttpException = "ErrorHandlers.HttpException";
    public const string DispatchTable = "ErrorHandlers.Dispatch.DispatchTable";
    public const string ErrorResponseDocumentation = "ErrorHandlers.OpenApi.ErrorResponseDocumentation";
    public const string OpenApiOperationTransformer = "Microsoft.AspNetCore.OpenApi.IOpenApiOperationTransformer";
    public const string OpenApiSchemaReference = "Microsoft.OpenApi.OpenApiSchemaReference";
    public const string IResult = "Microsoft.AspNetCore.Http.IResult";
    public const string IActionResult = "Microsoft.AspNetCore.Mvc.IActionResult";
    public const string HttpContext = "Microsoft.AspNetCore.Http.HttpContext";
    public const string HttpRequest = "Microsoft.AspNetCore.Http.HttpRequest";
    public const string HttpResponse = "Microsoft.AspNetCore.Http.HttpResponse";
    public const string CancellationToken = "System.Threading.CancellationToken";
    public const string Task = "System.Threading.Tasks.Task`1";
    public const string ValueTask = "System.Threading.Tasks.ValueTask`1";
}
