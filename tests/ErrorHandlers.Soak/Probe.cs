namespace ErrorHandlers.Soak;

/// <summary>One kind of request in the mix, and the answer the sample's README documents for it.</summary>
internal sealed record Probe(string Kind, string Method, string Path, string? Accept, int Status, string MediaType, bool Unhandled = false)
{
    /// <summary>Every error kind the sample shows, plus a success, weighted equally.</summary>
    public static readonly Probe[] Mix =
    [
        new("handled code, HTML", "GET", "/profile", null, 400, "text/html"),
        new("handled code, a thrown NotFoundException", "GET", "/profile?username=nobody", null, 404, "text/html"),
        new("handled code, JSON handler", "GET", "/cheese", null, 404, "application/json"),
        new("class handler, scoped", "GET", "/api/user", null, 400, "application/json"),
        new("class handler, code from the instance", "GET", "/api/user?user_id=carol", null, 404, "application/json"),
        new("default page, Abort.Result", "GET", "/items/2", null, 403, "text/html"),
        new("default problem+json, Abort.Result", "GET", "/items/2", "application/json", 403, "application/problem+json"),
        new("default page, 410", "GET", "/items/3", null, 410, "text/html"),
        new("class handler, user HttpException", "POST", "/storage", null, 507, "text/html"),
        new("class handler, nearest base", "GET", "/upstream/refused", null, 503, "text/html"),
        new("class handler, base class", "GET", "/upstream/reset", null, 502, "text/html"),
        new("unhandled exception, 500 path", "GET", "/crash", null, 500, "text/html", Unhandled: true),
        new("unhandled exception in a scope", "GET", "/blog/crash", null, 500, "text/html", Unhandled: true),
        new("handler failure: Abort.Result in a handler", "GET", "/coupons/SPRING", null, 500, "text/html", Unhandled: true),
        new("handler failure: a handler that throws", "GET", "/coupons/WINTER", null, 500, "text/html", Unhandled: true),
        new("scoped code handler", "GET", "/api/teapot", null, 418, "application/json"),
        new("scoped handler, Retry-After", "GET", "/api/slow", null, 503, "application/json"),
        new("authentication challenge, scoped JSON", "GET", "/api/export", null, 401, "application/json"),
        new("routing 404 in a scope's prefix", "GET", "/api/missing", null, 404, "application/json"),
        new("routing 404", "GET", "/missing", null, 404, "text/html"),
        new("routing 405, JSON", "POST", "/api/user", null, 405, "application/json"),
        new("routing 405, HTML", "POST", "/profile", null, 405, "text/html"),
        new("success", "GET", "/items/1", null, 200, "text/plain"),
    ];
}
