namespace ErrorHandlers;

/// <summary>
/// <c>400 Bad Request</c> for a request that failed .NET 10's minimal-API validation (<c>AddValidation</c>). ErrorHandlers
/// raises it in place of the validation's own response, so the 400 handler answers it (or a handler keyed by this
/// class); <see cref="Errors"/> holds the messages per field. Its default response is problem+json with an
/// <c>errors</c> member when the client prefers JSON, and Werkzeug's 400 page listing the messages otherwise.
/// </summary>
public class ValidationFailedException : BadRequestException
{
    /// <summary>The first line of the description, ASP.NET Core's title for a validation problem.</summary>
    public new const string DefaultDescription = "One or more validation errors occurred.";

    /// <summary>Creates the error.</summary>
    /// <param name="errors">The messages per field, as ASP.NET Core's validation reports them.</param>
    /// <param name="description">
    /// Replaces the default description: <see cref="DefaultDescription"/> followed by one line per field.
    /// </param>
    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors, string? description = null)
        : base(description ?? Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>The validation messages, per field.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    private static string Describe(IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return string.Join('\n', errors.Select(error => $"{error.Key}: {string.Join(' ', error.Value)}").Prepend(DefaultDescription));
    }
}
