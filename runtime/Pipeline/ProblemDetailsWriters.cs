using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// The <see cref="IProblemDetailsService"/> of an application that registered none, so that .NET 10's validation hands
/// its problem to <see cref="ValidationProblemWriter"/>. When the application calls <c>AddProblemDetails</c> after
/// <c>AddErrorHandlers</c>, it does what ASP.NET Core's own service does: the writers in registration order, the first
/// that can write does. Otherwise only ErrorHandlers' writer counts and every other problem is declined, so
/// <c>UseStatusCodePages</c>, <c>UseExceptionHandler</c>, the developer exception page and ErrorHandlers' own default
/// response behave as they do without a service. That matters in an MVC application, which registers a writer of its
/// own without a service: given a service, it would take every problem of a controller endpoint, and for a plain
/// <c>Controller</c> write nothing at all (the developer exception page came out empty).
/// </summary>
internal sealed class ProblemDetailsWriters(IEnumerable<IProblemDetailsWriter> writers) : IProblemDetailsService
{
    /// <summary>The writer <c>AddProblemDetails</c> registers, internal to ASP.NET Core: the sign that the application asked for problem details.</summary>
    private const string AddedByAddProblemDetails = "Microsoft.AspNetCore.Http.DefaultProblemDetailsWriter";

    private readonly IProblemDetailsWriter[] _writers = Chosen([.. writers]);

    private static IProblemDetailsWriter[] Chosen(IProblemDetailsWriter[] writers) =>
        writers.Any(writer => writer.GetType().FullName == AddedByAddProblemDetails) ? writers : [.. writers.OfType<ValidationProblemWriter>()];

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
