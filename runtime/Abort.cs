using System.Diagnostics.CodeAnalysis;
using ErrorHandlers.Pipeline;
using Microsoft.AspNetCore.Http;

namespace ErrorHandlers;

/// <summary>Werkzeug's <c>abort</c>: stop the request with an HTTP error.</summary>
public static class Abort
{
    /// <summary>Throws the built-in <see cref="HttpException"/> of <paramref name="statusCode"/>.</summary>
    /// <param name="statusCode">A code with a built-in class (400–505 as in Werkzeug's table).</param>
    /// <param name="description">Replaces the class's default description when given.</param>
    /// <exception cref="ArgumentOutOfRangeException">The code has no built-in class.</exception>
    [DoesNotReturn]
    public static void With(int statusCode, string? description = null) =>
        throw BuiltInHttpExceptions.Create(statusCode, description);

    /// <summary>
    /// The error of <see cref="With"/>, without a throw: the returned result runs the same handler lookup, in the
    /// same scopes, as if the endpoint had thrown.
    /// </summary>
    /// <param name="statusCode">A code with a built-in class (400–505 as in Werkzeug's table).</param>
    /// <param name="description">Replaces the class's default description when given.</param>
    /// <exception cref="ArgumentOutOfRangeException">The code has no built-in class.</exception>
    public static IResult Result(int statusCode, string? description = null) =>
        description is null
            ? DispatchResult.Of(statusCode)
            : new DispatchResult(BuiltInHttpExceptions.Create(statusCode, description));

    /// <summary>Dispatches any exception without a throw, as if the endpoint had thrown it.</summary>
    /// <param name="exception">The error to dispatch.</param>
    public static IResult Result(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new DispatchResult(exception);
    }
}
