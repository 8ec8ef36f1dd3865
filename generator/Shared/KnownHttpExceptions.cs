namespace ErrorHandlers.Generator.Shared;

/// <summary>
/// The runtime's built-in <c>HttpException</c> classes by status code (Werkzeug's <c>default_exceptions</c>).
/// The analyzers link this file, so both read one table.
/// </summary>
internal static class KnownHttpExceptions
{
    public const string Namespace = "ErrorHandlers";

    /// <summary>The simple class name for <paramref name="statusCode"/>, or null when the code has no built-in class.</summary>
    public static string? ClassName(int statusCode) =>
        statusCode switch
        {
            400 => "BadRequestException",
            401 => "UnauthorizedException",
            403 => "ForbiddenException",
            404 => "NotFoundException",
            405 => "MethodNotAllowedException",
            406 => "NotAcceptableException",
            408 => "RequestTimeoutException",
            409 => "ConflictException",
            410 => "GoneException",
            411 => "LengthRequiredException",
            412 => "PreconditionFailedException",
            413 => "RequestEntityTooLargeException",
            414 => "RequestURITooLargeException",
            415 => "UnsupportedMediaTypeException",
            416 => "RequestedRangeNotSatisfiableException",
            417 => "ExpectationFailedException",
            418 => "ImATeapotException",
            421 => "MisdirectedRequestException",
            422 => "UnprocessableEntityException",
            423 => "LockedException",
            424 => "FailedDependencyException",
            428 => "PreconditionRequiredException",
            429 => "TooManyRequestsException",
            431 => "RequestHeaderFieldsTooLargeException",
            451 => "UnavailableForLegalReasonsException",
            500 => "InternalServerErrorException",
            501 => "NotImplementedHttpException",
            502 => "BadGatewayException",
            503 => "ServiceUnavailableException",
            504 => "GatewayTimeoutException",
            505 => "HTTPVersionNotSupportedException",
            _ => null,
        };

    /// <summary>The status code of a built-in class by its simple name, or null when it is not one.</summary>
    public static int? StatusCode(string className)
    {
        for (var code = 400; code <= 505; code++)
        {
            if (ClassName(code) == className)
            {
                return code;
            }
        }

        return null;
    }
}
