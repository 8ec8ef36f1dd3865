using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.Analyzers.Model;

/// <summary>How the status of a returned result is decided.</summary>
internal enum StatusSource
{
    /// <summary>Not a <c>Results</c>/<c>TypedResults</c> call, or a status computed at run time: nothing to say.</summary>
    Unknown,

    /// <summary>A method with an optional <c>statusCode</c> that was not given: its default applies.</summary>
    Default,

    /// <summary>A constant <c>statusCode</c> argument.</summary>
    Constant,

    /// <summary>A method whose status is part of its name (<c>Ok</c>, <c>NotFound</c>, …).</summary>
    Fixed,
}

/// <summary>The status a returned <c>Results.X(...)</c> or <c>TypedResults.X(...)</c> sends, when it can be known.</summary>
/// <param name="Source">How the status is decided.</param>
/// <param name="StatusCode">The status, unless <see cref="StatusSource.Unknown"/>.</param>
/// <param name="Invocation">The call.</param>
/// <param name="StatusArgument">The explicit <c>statusCode</c> argument, for <see cref="StatusSource.Constant"/>.</param>
internal sealed record ReturnedStatus(StatusSource Source, int StatusCode, IInvocationOperation? Invocation, IArgumentOperation? StatusArgument)
{
    private static readonly ReturnedStatus Unknown = new(StatusSource.Unknown, 0, null, null);

    /// <summary>The method as users write it: <c>Results.Text</c>.</summary>
    public string MethodDisplay => Invocation is null ? string.Empty : $"{Invocation.TargetMethod.ContainingType.Name}.{Invocation.TargetMethod.Name}";

    public static ReturnedStatus Of(IOperation returned, KnownSymbols known)
    {
        var operation = Unwrap(returned);
        if (operation is not IInvocationOperation invocation || !IsResultsFactory(invocation.TargetMethod.ContainingType, known))
        {
            return Unknown;
        }

        var status = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "statusCode");
        if (status is not null)
        {
            if (status.ArgumentKind == ArgumentKind.DefaultValue || status.Value.ConstantValue is { HasValue: true, Value: null })
            {
                return new ReturnedStatus(StatusSource.Default, DefaultStatus(invocation.TargetMethod.Name), invocation, null);
            }

            return Unwrap(status.Value).ConstantValue is { HasValue: true, Value: int code }
                ? new ReturnedStatus(StatusSource.Constant, code, invocation, status)
                : Unknown;
        }

        return FixedStatus(invocation.TargetMethod.Name) is { } fixedStatus
            ? new ReturnedStatus(StatusSource.Fixed, fixedStatus, invocation, null)
            : Unknown;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool IsResultsFactory(INamedTypeSymbol type, KnownSymbols known) =>
        SymbolEqualityComparer.Default.Equals(type, known.Results) || SymbolEqualityComparer.Default.Equals(type, known.TypedResults);

    private static int DefaultStatus(string method) =>
        method switch
        {
            "Problem" => 500,
            "ValidationProblem" => 400,
            _ => 200,
        };

    private static int? FixedStatus(string method) =>
        method switch
        {
            "Ok" or "Empty" or "Bytes" or "Stream" or "File" or "PhysicalFile" or "VirtualFile" or "SignIn" or "SignOut" => 200,
            "Created" or "CreatedAtRoute" => 201,
            "Accepted" or "AcceptedAtRoute" => 202,
            "NoContent" => 204,
            "Redirect" or "LocalRedirect" or "RedirectToRoute" => 302,
            "BadRequest" or "ValidationProblem" => 400,
            "Unauthorized" or "Challenge" => 401,
            "Forbid" => 403,
            "NotFound" => 404,
            "Conflict" => 409,
            "UnprocessableEntity" => 422,
            "InternalServerError" => 500,
            _ => null,
        };
}
