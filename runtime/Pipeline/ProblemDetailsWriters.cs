using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// The <see cref="IProblemDetailsService"/> of an application that registered none, so that .NET 10's validation hands
/// its problem to <see cref="ValidationProblemWriter"/>. It does what ASP.NET Core's own does (the writers in
/// registration order, the first that can write does; <c>AddProblemDetails</c> adds its writer after ours): with only
/// ErrorHandlers' writer it declines every other problem, so <c>UseStatusCodePages</c>, <c>UseExceptionHandler</c>, the
/// developer exception page and ErrorHandlers' own default response behave as they do without a service.
/// </summary>
internal sealed class ProblemDetailsWriters(IEnumerable<IProblemDetailsWriter> writers) : IProblemDetailsService
{
    private readonly IProblemDetailsWriter[] _writers = [.. writers];

    public async ValueTask<bool> TryWriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var writer in _writers)
        {
            if (writer.CanWrite(context))
            {
                await writer.WriteAsync(context);
                return true;
            }
        }

        return false;
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        if (!await TryWriteAsync(context))
        {
            throw new InvalidOperationException(
                "No IProblemDetailsWriter can write this problem; call builder.Services.AddProblemDetails() to add ASP.NET Core's.");
        }
    }
}
