namespace ErrorHandlers;

/// <summary>Werkzeug's <c>default_exceptions</c>: the built-in class of each status code, for <see cref="Abort"/>.</summary>
internal static class BuiltInHttpExceptions
{
    /// <summary>Creates the built-in exception of <paramref name="statusCode"/>, or <see langword="null"/> when there is none.</summary>
    public static HttpException? TryCreate(int statusCode, string? description, Exception? innerException = null) =>
        statusCode switch
        {
            400 => new BadRequestException(description, innerException),
            401 => new UnauthorizedException(description),
            403 => new ForbiddenException(description, innerException),
            404 => new NotFoundException(description, innerException),
            405 => new MethodNotAllowedException(description: description),
            406 => new NotAcceptableException(description, innerException),
            408 => new RequestTimeoutException(description, innerException),
            409 => new ConflictException(description, innerException),
            410 => new GoneException(description, innerException),
            411 => new LengthRequiredException(description, innerException),
            412 => new PreconditionFailedException(description, innerException),
            413 => new RequestEntityTooLargeException(description, innerException),
            414 => new RequestURITooLargeException(description, innerException),
            415 => new UnsupportedMediaTypeException(description, innerException),
            416 => new RequestedRangeNotSatisfiableException(description: description),
            417 => new ExpectationFailedException(description, innerException),
            418 => new ImATeapotException(description, innerException),
            421 => new MisdirectedRequestException(description, innerException),
            422 => new UnprocessableEntityException(description, innerException),
            423 => new LockedException(description, innerException),
            424 => new FailedDependencyException(description, innerException),
            428 => new PreconditionRequiredException(description, innerException),
            429 => new TooManyRequestsException(description),
            431 => new RequestHeaderFieldsTooLargeException(description, innerException),
            451 => new UnavailableForLegalReasonsException(description, innerException),
            500 => new InternalServerErrorException(description),
            501 => new NotImplementedHttpException(description, innerException),
            502 => new BadGatewayException(description, innerException),
            503 => new ServiceUnavailableException(description),
            504 => new GatewayTimeoutException(description, innerException),
            505 => new HTTPVersionNotSupportedException(description, innerException),
            _ => null,
        };

    public static HttpException Create(int statusCode, string? description) =>
        TryCreate(statusCode, description)
        ?? throw new ArgumentOutOfRangeException(
            nameof(statusCode),
            statusCode,
            $"No built-in HttpException for status code {statusCode}. "
            + "Codes outside Werkzeug's table need a subclass of HttpException with that code.");
}
