using System.ComponentModel;

namespace ErrorHandlers.Dispatch;

/// <summary>
/// Marks a generated <see cref="ErrorHandlerMethod"/> property that an assembly offers to the applications that reference
/// it: what the handler is keyed by, as the assembly's own generator read it from source. An application's generator
/// puts these handlers into its table exactly as if they were declared in the application.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public sealed class ErrorHandlerExportAttribute : Attribute
{
    /// <summary>Describes one key of the handler.</summary>
    /// <param name="exceptionType">The key class.</param>
    /// <param name="statusCode">
    /// The code bucket of the key; 0 for the class bucket; -1 for a code bucket whose code only the exception instance
    /// knows (an HttpException class from another assembly).
    /// </param>
    /// <param name="scope">The handler's scope, or null for the application.</param>
    /// <param name="handler">The handler method, <c>Namespace.Class.Method</c>.</param>
    public ErrorHandlerExportAttribute(Type exceptionType, int statusCode, string? scope, string handler)
    {
        ExceptionType = exceptionType;
        StatusCode = statusCode;
        Scope = scope;
        Handler = handler;
    }

    /// <summary>The key class.</summary>
    public Type ExceptionType { get; }

    /// <summary>The code bucket of the key; 0 for the class bucket; -1 when only the exception instance knows the code.</summary>
    public int StatusCode { get; }

    /// <summary>The handler's scope, or null for the application.</summary>
    public string? Scope { get; }

    /// <summary>The handler method, <c>Namespace.Class.Method</c>.</summary>
    public string Handler { get; }
}
