namespace ErrorHandlers.Benchmarks.Dispatch;

/// <summary>
/// A faithful run-time port of Flask's <c>_find_error_handler</c>: dictionaries per scope and per code (null for the
/// class bucket), and for each the exception's base chain walked from its own class upwards. No cache. What a
/// straightforward port would do.
/// </summary>
internal sealed class FlaskPortTable
{
    private const string Application = "";
    private readonly Dictionary<string, Dictionary<int, Dictionary<Type, object>>> _spec = [];

    public FlaskPortTable(SyntheticApp app)
    {
        foreach (var registration in app.Registrations)
        {
            var scope = registration.Scope ?? Application;
            if (!_spec.TryGetValue(scope, out var codes))
            {
                _spec[scope] = codes = [];
            }

            var code = registration.Code ?? 0;
            if (!codes.TryGetValue(code, out var classes))
            {
                codes[code] = classes = [];
            }

            classes[app.KeyType(registration)] = registration;
        }
    }

    public object? Find(Exception exception, string[] scopesInnermostFirst)
    {
        var type = exception.GetType();
        if (exception is HttpException http && Search(type, http.StatusCode, scopesInnermostFirst) is { } byCode)
        {
            return byCode;
        }

        return Search(type, 0, scopesInnermostFirst);
    }

    private object? Search(Type type, int code, string[] scopes)
    {
        for (var i = 0; i <= scopes.Length; i++)
        {
            var scope = i < scopes.Length ? scopes[i] : Application;
            if (!_spec.TryGetValue(scope, out var codes) || !codes.TryGetValue(code, out var classes))
            {
                continue;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (classes.TryGetValue(current, out var handler))
                {
                    return handler;
                }
            }
        }

        return null;
    }
}
