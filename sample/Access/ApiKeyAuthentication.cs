using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ErrorHandlers.Sample.Access;

/// <summary>
/// The API's authentication: an <c>X-Api-Key</c> header naming a known key. Without one, the challenge answers 401 with
/// <c>WWW-Authenticate: ApiKey realm="api"</c>, which ErrorHandlers hands to the api scope's handler as an
/// <see cref="UnauthorizedException"/> carrying that challenge (Flask-Login's <c>abort(401)</c>).
/// </summary>
internal sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string Header = "X-Api-Key";

    /// <summary>The sample's keys and their plans; a real application would ask a database.</summary>
    public static readonly IReadOnlyDictionary<string, string> Plans = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["demo"] = "standard",
        ["trial"] = "trial",
    };

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var key) || !Plans.TryGetValue(key.ToString(), out var plan))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, key.ToString()), new Claim("plan", plan)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} realm=\"api\"";
        return Task.CompletedTask;
    }
}
