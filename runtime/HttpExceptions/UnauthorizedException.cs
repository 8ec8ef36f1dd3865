using Microsoft.AspNetCore.Http;

namespace ErrorHandlers;

/// <summary><c>401 Unauthorized</c>, Werkzeug's <c>Unauthorized</c>: carries the authentication challenges.</summary>
public class UnauthorizedException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="wwwAuthenticate">Challenges such as <c>Basic realm="api"</c>, each sent as its own <c>WWW-Authenticate</c> header.</param>
    /// <exception cref="ArgumentException">A challenge is empty or contains a character other than visible ASCII and spaces (a CR/LF would split the response).</exception>
    public UnauthorizedException(string? description = null, IEnumerable<string>? wwwAuthenticate = null)
        : base(401, description ?? DefaultDescription)
    {
        WwwAuthenticate = HeaderValues.Checked(wwwAuthenticate, nameof(wwwAuthenticate));
    }

    /// <summary>The challenges sent as <c>WWW-Authenticate</c> headers, in order.</summary>
    public IReadOnlyList<string> WwwAuthenticate { get; }

    /// <inheritdoc />
    public override void AddHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (WwwAuthenticate.Count > 0)
        {
            headers.WWWAuthenticate = new([.. WwwAuthenticate]);
        }
    }
}
