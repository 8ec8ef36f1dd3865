using System.ComponentModel;
using ErrorHandlers.Mvc;
using ErrorHandlers.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ErrorHandlers.Dispatch;

/// <summary>
/// Turns what a handler returned into the one shape the dispatcher runs. Generated code picks the method that
/// fits the handler's declared return type, so nothing is tested at run time.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class HandlerResults
{
    /// <summary>A handler that returns an <see cref="IResult"/>.</summary>
    public static ValueTask<IResult?> FromResult(IResult? result) => new(result);

    /// <summary>A handler that returns a <see cref="Task{TResult}"/> of an <see cref="IResult"/>.</summary>
    public static ValueTask<IResult?> FromTask<TResult>(Task<TResult> task)
        where TResult : IResult?
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsCompletedSuccessfully ? new(task.Result) : Awaited(task);

        static async ValueTask<IResult?> Awaited(Task<TResult> task) => await task;
    }

    /// <summary>A handler that returns a <see cref="ValueTask{TResult}"/> of an <see cref="IResult"/>.</summary>
    public static ValueTask<IResult?> FromValueTask<TResult>(ValueTask<TResult> task)
        where TResult : IResult?
    {
        return task.IsCompletedSuccessfully ? new(task.Result) : Awaited(task);

        static async ValueTask<IResult?> Awaited(ValueTask<TResult> task) => await task;
    }

    /// <summary>A handler that returns only a body: an HTML page with status 200, as in Flask.</summary>
    public static ValueTask<IResult?> FromHtml(string? body) => new(body is null ? null : new HtmlResult(body));

    /// <summary>A handler that returns a <see cref="Task{TResult}"/> of an HTML body.</summary>
    public static async ValueTask<IResult?> FromHtmlTask(Task<string> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return await FromHtml(await task);
    }

    /// <summary>A handler that returns a <see cref="ValueTask{TResult}"/> of an HTML body.</summary>
    public static async ValueTask<IResult?> FromHtmlValueTask(ValueTask<string> task) => await FromHtml(await task);

    /// <summary>A handler that returns an MVC result, executed by MVC's executors (docs/mvc.md).</summary>
    public static ValueTask<IResult?> FromActionResult(IActionResult? result) => new(result is null ? null : new ActionResultResponse(result));

    /// <summary>A handler that returns a <see cref="Task{TResult}"/> of an MVC result.</summary>
    public static async ValueTask<IResult?> FromActionResultTask<TResult>(Task<TResult> task)
        where TResult : IActionResult?
    {
        ArgumentNullException.ThrowIfNull(task);
        return await FromActionResult(await task);
    }

    /// <summary>A handler that returns a <see cref="ValueTask{TResult}"/> of an MVC result.</summary>
    public static async ValueTask<IResult?> FromActionResultValueTask<TResult>(ValueTask<TResult> task)
        where TResult : IActionResult? =>
        await FromActionResult(await task);
}
