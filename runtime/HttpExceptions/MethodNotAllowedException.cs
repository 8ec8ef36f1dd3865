using Microsoft.AspNetCore.Http;

namespace ErrorHandlers;

/// <summary><c>405 Method Not Allowed</c>, Werkzeug's <c>MethodNotAllowed</c>: carries the methods the URL allows.</summary>
public class MethodNotAllowedException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The method is not allowed for the requested URL.";

    /// <summary>Creates the error.</summary>
    /// <param name="validMethods">The allowed methods, sent as the <c>Allow</c> header when there are any.</param>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <exception cref="ArgumentException">A method is empty or contains a character other than visible ASCII and spaces (a CR/LF would split the response).</exception>
    public MethodNotAllowedException(IEnumerable<string>? validMethods = null, string? description = null)
        : base(405, description ?? DefaultDescription)
    {
        ValidMethods = HeaderValues.Checked(validMethods, nameof(validMethods));
    }

    /// <summary>The methods the URL allows; empty when unknown.</summary>
    public IReadOnlyList<string> ValidMethods { get; }

    /// <inheritdoc />
    public override void AddHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (ValidMethods.Count > 0)
        {
            headers.Allow = string.Join(", ", ValidMethods);
        }
    }
}
