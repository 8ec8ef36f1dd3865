namespace ErrorHandlers;

/// <summary>
/// Marks a static method as an error handler, Flask's <c>@app.errorhandler</c>.
/// The source generator puts every marked method into the application's dispatch table.
/// </summary>
/// <remarks>
/// <c>[ErrorHandler(404)]</c> and <c>[ErrorHandler(typeof(NotFoundException))]</c> are the same key.
/// Without arguments the key is the type of the method's exception parameter.
/// A method may carry several attributes; the handler then answers each key.
/// The attribute is read at compile time only: it keeps no state.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class ErrorHandlerAttribute : Attribute
{
    /// <summary>Keys the handler by the type of its exception parameter.</summary>
    public ErrorHandlerAttribute()
    {
    }

    /// <summary>Keys the handler by the built-in <see cref="HttpException"/> class of <paramref name="statusCode"/>.</summary>
    /// <param name="statusCode">A status code that has a built-in class, such as 404 for <see cref="NotFoundException"/>.</param>
    public ErrorHandlerAttribute(int statusCode)
    {
    }

    /// <summary>Keys the handler by an exception class and everything derived from it.</summary>
    /// <param name="exceptionType">An exception class; interfaces are not valid keys.</param>
    public ErrorHandlerAttribute(Type exceptionType)
    {
    }
}
