namespace ErrorHandlers.Generator.Model;

/// <summary>
/// Everything the generated file says, decided: which buckets exist, in which order their arms test, what each method
/// and property is called. <see cref="Layout.DispatchTableLayout"/> builds it in a tracked step; the emitter only
/// renders it.
/// </summary>
/// <param name="AssemblyName">The assembly the table registers under.</param>
/// <param name="ExportsClass">The simple name of the class holding the assembly's handlers.</param>
/// <param name="ExportsHandlers">Whether that class is public and its properties carry <c>[ErrorHandlerExport]</c>.</param>
/// <param name="Buckets">The application's buckets first, then each scope's by name; code before class.</param>
/// <param name="Handlers">The assembly's own handlers with their property names, in display-name order.</param>
internal sealed record DispatchTableModel(
    string AssemblyName,
    string ExportsClass,
    bool ExportsHandlers,
    EquatableArray<Bucket> Buckets,
    EquatableArray<NamedHandler> Handlers);

/// <summary>The handlers of one scope (or the application) keyed by codes, or by classes.</summary>
/// <param name="Scope">The scope, or null for the application.</param>
/// <param name="ByCode">A code bucket (tested first, for HttpExceptions) rather than a class bucket.</param>
/// <param name="MethodName">The bucket's method: <c>ByCode_Application</c>, <c>ByClass_Scope_api</c>.</param>
/// <param name="Arms">The tests in order; the first that passes answers.</param>
internal sealed record Bucket(string? Scope, bool ByCode, string MethodName, EquatableArray<Arm> Arms);

/// <summary>One test of a bucket.</summary>
/// <param name="StatusCode">The code the exception must carry; null for any (class buckets, and classes whose code only the instance knows).</param>
/// <param name="ExceptionType">The class the exception must derive from, <c>global::</c>-qualified; null for any exception.</param>
/// <param name="Handler">The property that answers, as the table names it.</param>
internal readonly record struct Arm(int? StatusCode, string? ExceptionType, string Handler);

/// <summary>One of the assembly's handlers and the property that holds it bound.</summary>
internal sealed record NamedHandler(string Property, HandlerMethod Handler);
