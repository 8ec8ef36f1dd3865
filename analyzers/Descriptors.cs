using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Analyzers;

/// <summary>Every rule's descriptor. Messages say what to change, in the words of someone writing a handler.</summary>
internal static class Descriptors
{
    private const string Usage = "Usage";
    private const string Correctness = "Correctness";

    public static readonly DiagnosticDescriptor HandlerRespondsWithSuccess = Create(
        DiagnosticIds.HandlerRespondsWithSuccess,
        "Error handler responds with a success status",
        "The handler for {0} responds {1}: {2}",
        Usage,
        DiagnosticSeverity.Warning,
        "An error handler's response keeps the status its result sets. A bare string, Results.Ok, or Results.Json/Text/Content without statusCode answer 200, so clients and caches take the error for a success.");

    public static readonly DiagnosticDescriptor CatchAllHandler = Create(
        DiagnosticIds.CatchAllHandler,
        "Catch-all handler answers HTTP errors too",
        "The handler for Exception also answers every HttpException, routing's 404 and 405 included; pass them through with 'if (e is HttpException http) return http;'",
        Usage,
        DiagnosticSeverity.Warning,
        "A handler keyed by System.Exception is the last resort for every exception, HttpExceptions included, so without a pass-through it turns every 404, 405 and 401 into its own response.");

    public static readonly DiagnosticDescriptor FixedStatusForHttpException = Create(
        DiagnosticIds.FixedStatusForHttpException,
        "HttpException handler answers with a fixed status",
        "The handler for HttpException answers every HTTP error with {0}; use e.StatusCode to keep 404, 405 and the rest",
        Usage,
        DiagnosticSeverity.Warning,
        "A handler keyed by HttpException answers every HTTP error that has no handler of its own. A fixed status turns them all into one code and drops headers such as Allow.");

    public static readonly DiagnosticDescriptor DuplicateHandler = Create(
        DiagnosticIds.DuplicateHandler,
        "Two handlers for the same key",
        "{0} has two handlers in {1}: {2} and {3}",
        Correctness,
        DiagnosticSeverity.Error,
        "A status code and its built-in class are one key (404 is NotFoundException). Flask keeps the last registration; ErrorHandlers makes the ambiguity a build error.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnknownStatusCode = Create(
        DiagnosticIds.UnknownStatusCode,
        "Status code without a built-in exception",
        "{0} has no built-in HttpException class; declare 'class {1} : HttpException' with that code and key the handler by it",
        Correctness,
        DiagnosticSeverity.Error,
        "Only the 31 codes of Werkzeug's table have built-in HttpException classes. Other error codes need a subclass of HttpException with that code, keyed by its type.");

    public static readonly DiagnosticDescriptor InvalidKey = Create(
        DiagnosticIds.InvalidKey,
        "Handler key is not an exception class",
        "'{0}' cannot key a handler: {1}",
        Correctness,
        DiagnosticSeverity.Error,
        "A key is an exception class: the handler answers it and every class derived from it. Interfaces, open generic types and non-exception types are not.");

    public static readonly DiagnosticDescriptor HandlerNotCallable = Create(
        DiagnosticIds.HandlerNotCallable,
        "Handler cannot be called by generated code",
        "The handler '{0}' {1}",
        Correctness,
        DiagnosticSeverity.Error,
        "The generated dispatch table calls handlers directly, so they must be static methods of a class (not local functions or lambdas), non-generic, at least internal, in classes that are at least internal and not generic, and take each parameter by value.");

    public static readonly DiagnosticDescriptor ExceptionParameter = Create(
        DiagnosticIds.ExceptionParameter,
        "Handler's exception parameter does not fit its key",
        "The parameter '{0}' of type {1} cannot receive {2}, the key {3}",
        Correctness,
        DiagnosticSeverity.Error,
        "A handler has exactly one exception parameter, whose type accepts every key of the handler. A 500 handler receives an InternalServerErrorException; the original exception is its OriginalException.");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Create(
        DiagnosticIds.UnsupportedReturnType,
        "Handler returns no response",
        "The handler '{0}' returns {1}; return an IResult, an MVC IActionResult, a Task or ValueTask of one, or a string",
        Correctness,
        DiagnosticSeverity.Error,
        "A handler's return value is the response. void, Task and other types give none.");

    public static readonly DiagnosticDescriptor ScopedRoutingHandler = Create(
        DiagnosticIds.ScopedRoutingHandler,
        "Scoped handler never sees routing errors",
        "This {0} handler of scope '{1}' only answers {0}s its endpoints raise: unmatched URLs and wrong methods consult application handlers only, unless a route group claims them with WithErrorHandlerScope(\"{1}\", claimUnmatchedRoutes: true)",
        Usage,
        DiagnosticSeverity.Warning,
        "When routing fails there is no endpoint, so no scope. Flask's blueprints behave the same. Claim the unmatched routes under the scope's route group, or handle routing errors in an application handler.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor NoConstantStatusCode = Create(
        DiagnosticIds.NoConstantStatusCode,
        "HttpException subclass has no compile-time status code",
        "'{0}' has no compile-time status code, so handlers cannot be keyed by it; pass a constant to HttpException's constructor (the same in every constructor) or override StatusCode with a constant",
        Correctness,
        DiagnosticSeverity.Error,
        "The generator places a handler in the bucket of its key's status code, which it must know at compile time.");

    public static readonly DiagnosticDescriptor InvalidScopeName = Create(
        DiagnosticIds.InvalidScopeName,
        "Invalid scope name",
        "The scope name {0} {1}",
        Correctness,
        DiagnosticSeverity.Error,
        "Scope names are non-empty and contain no dot: nesting comes from route groups, as Flask forbids dotted blueprint names.");

    public static readonly DiagnosticDescriptor UnknownScope = Create(
        DiagnosticIds.UnknownScope,
        "Scope that no handler class declares",
        "No [ErrorHandlerScope(\"{0}\")] class declares this scope, so it has no handlers{1}",
        Usage,
        DiagnosticSeverity.Warning,
        "An endpoint in a scope that nothing declares consults the application's handlers only, which is usually a typo.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor AbortWithUnknownCode = Create(
        DiagnosticIds.AbortWithUnknownCode,
        "Abort with a code that has no built-in exception",
        "{0} has no built-in HttpException, so this call throws ArgumentOutOfRangeException; throw a subclass of HttpException with that code instead",
        Correctness,
        DiagnosticSeverity.Error,
        "Abort.With and Abort.Result know the 31 codes of Werkzeug's table; any other code fails at run time, as Werkzeug's abort raises LookupError.");

    public static readonly DiagnosticDescriptor ThrowInHandler = Create(
        DiagnosticIds.ThrowInHandler,
        "Error raised inside an error handler",
        "{0} inside an error handler reaches no other handler: the request gets a 500",
        Usage,
        DiagnosticSeverity.Warning,
        "As in Flask, an error raised while handling an error, thrown or returned as Abort.Result, goes down the 500 path instead of a second lookup. Return the response instead, or call the other handler directly.");

    public static readonly DiagnosticDescriptor UnanswerableStatusCode = Create(
        DiagnosticIds.UnanswerableStatusCode,
        "HttpException with a status code no error response can carry",
        "{0} has status code {1}, which no error response can carry: an HttpException answers with 400–599, or with 204, 205 or 304 and no body",
        Correctness,
        DiagnosticSeverity.Error,
        "A redirect without a Location, a success with an error page or an informational status as a final answer would be a broken response, so at run time the request gets a 500 instead.");

    public static readonly DiagnosticDescriptor UnreachableHandler = Create(
        DiagnosticIds.UnreachableHandler,
        "Handler that can never run",
        "No {0} reaches this handler: {1}",
        Correctness,
        DiagnosticSeverity.Warning,
        "The runtime converts or answers some exceptions before it looks for a handler: a BadHttpRequestException becomes the built-in HttpException of its status code, and a ConnectionResetException means the client is gone. A handler keyed by either type never runs.");

    /// <summary>EH0005 for a code that is no error status at all.</summary>
    public static readonly DiagnosticDescriptor StatusCodeNotAnError = Variant(
        UnknownStatusCode, "{0} is not an error status: handlers are keyed by codes from 400 to 599");

    /// <summary>EH0008 for a handler without an exception parameter.</summary>
    public static readonly DiagnosticDescriptor NoExceptionParameter = Variant(
        ExceptionParameter, "The handler '{0}' has no exception parameter; add one of type {1}");

    /// <summary>EH0008 for each exception parameter after the first.</summary>
    public static readonly DiagnosticDescriptor SeveralExceptionParameters = Variant(
        ExceptionParameter, "The handler '{0}' has more than one exception parameter; keep only '{1}'");

    /// <summary>EH0008 for a 500 handler whose parameter cannot receive <c>InternalServerErrorException</c>.</summary>
    public static readonly DiagnosticDescriptor ServerErrorParameter = Variant(
        ExceptionParameter,
        "The parameter '{0}' of type {1} cannot receive {2}, the key {3}; a 500 handler receives an InternalServerErrorException, whose OriginalException is the error that was not handled");

    /// <summary>One descriptor per rule, with its first message.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        HandlerRespondsWithSuccess, CatchAllHandler, FixedStatusForHttpException, DuplicateHandler, UnknownStatusCode,
        InvalidKey, HandlerNotCallable, ExceptionParameter, UnsupportedReturnType, ScopedRoutingHandler,
        NoConstantStatusCode, InvalidScopeName, UnknownScope, AbortWithUnknownCode, ThrowInHandler, UnanswerableStatusCode, UnreachableHandler);

    /// <summary>The other messages of a rule, each for a case its first message does not fit.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Variants { get; } = ImmutableArray.Create(
        StatusCodeNotAnError, NoExceptionParameter, SeveralExceptionParameters, ServerErrorParameter);

    /// <summary>The rule's documentation page: <c>analyzers/docs/EHxxxx.md</c>.</summary>
    public static string HelpLink(string id) => $"https://github.com/errorhandlers/errorhandlers/blob/main/analyzers/docs/{id}.md";

    private static DiagnosticDescriptor Create(
        string id, string title, string message, string category, DiagnosticSeverity severity, string description, params string[] tags) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpLink(id), tags);

    /// <summary>The same rule (id, title, category, severity, description, help link) with another message.</summary>
    private static DiagnosticDescriptor Variant(DiagnosticDescriptor rule, string message) =>
        new(rule.Id, rule.Title, message, rule.Category, rule.DefaultSeverity, rule.IsEnabledByDefault, rule.Description, rule.HelpLinkUri, [.. rule.CustomTags]);
}
