using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using ErrorHandlers.Dispatch;
using ErrorHandlers.Generator;
using ErrorHandlers.TestKit;

namespace ErrorHandlers.Benchmarks.Dispatch;

/// <summary>
/// A set of handlers of a given size, compiled with the real generator and loaded: three nested scopes
/// (<c>outer</c>, <c>middle</c>, <c>inner</c>), a probe hierarchy six classes deep with a handler on its root, a 404
/// handler, a handler in the inner scope, and filler handlers (class and code keys, spread over the scopes) up to the
/// size. The same registrations are handed to the baselines.
/// </summary>
internal sealed class SyntheticApp
{
    public static readonly string[] Scopes = ["inner", "middle", "outer"];

    private static readonly ConcurrentDictionary<(int Handlers, string ExtraSource), SyntheticApp> Built = new();

    private static readonly int[] FillerCodes = [400, 401, 403, 405, 406, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505];

    private SyntheticApp(Assembly assembly, IReadOnlyList<Registration> registrations)
    {
        Assembly = assembly;
        Registrations = registrations;
        Table = (DispatchTable)assembly.GetType("ErrorHandlers.Generated.ErrorHandlerDispatchTable")!.GetField("Instance")!.GetValue(null)!;
    }

    public Assembly Assembly { get; }

    public DispatchTable Table { get; }

    /// <summary>What each handler is keyed by, in declaration order.</summary>
    public IReadOnlyList<Registration> Registrations { get; }

    /// <summary>The request's scopes, innermost first, as the middleware hands them to the table.</summary>
    public ScopeChain Chain { get; } = ScopeChain.Of(Scopes);

    public Exception Create(string typeName) => (Exception)Activator.CreateInstance(Assembly.GetType("Bench." + typeName)!)!;

    /// <summary>
    /// The app of that size, compiled once per process: a run in process (<c>--inProcess</c>, and the smoke test) sets up
    /// every case of a size on the same app instead of compiling it again for each.
    /// </summary>
    public static SyntheticApp Build(int handlers, string extraSource = "") =>
        Built.GetOrAdd((handlers, extraSource), key => Compile(key.Handlers, key.ExtraSource));

    private static SyntheticApp Compile(int handlers, string extraSource)
    {
        var source = new StringBuilder("""
            using ErrorHandlers;
            using Microsoft.AspNetCore.Http;

            namespace Bench;

            public class Probe1 : System.Exception { }
            public class Probe2 : Probe1 { }
            public class Probe3 : Probe2 { }
            public class Probe4 : Probe3 { }
            public class Probe5 : Probe4 { }
            public class Probe6 : Probe5 { }
            public sealed class InnerHit : System.Exception { }
            public sealed class Miss : System.Exception { }

            """);
        var registrations = new List<Registration>
        {
            new(null, "Probe1", null),
            new(null, "NotFoundException", 404),
            new("inner", "InnerHit", null),
        };

        for (var filler = 0; registrations.Count < handlers; filler++)
        {
            var scope = filler % 4 == 0 ? null : Scopes[filler % 3];
            if (filler % 5 == 4 && filler / 5 < FillerCodes.Length)
            {
                registrations.Add(new(scope, "Code" + FillerCodes[filler / 5], FillerCodes[filler / 5]));
                continue;
            }

            source.Append($"public class Filler{filler}_1 : System.Exception {{ }}\n");
            for (var depth = 2; depth <= 6; depth++)
            {
                source.Append($"public class Filler{filler}_{depth} : Filler{filler}_{depth - 1} {{ }}\n");
            }

            registrations.Add(new(scope, $"Filler{filler}_6", null));
        }

        foreach (var scope in registrations.GroupBy(r => r.Scope))
        {
            source.Append(scope.Key is null ? "\npublic static class AppHandlers\n{\n" : $"\n[ErrorHandlerScope(\"{scope.Key}\")]\npublic static class Handlers_{scope.Key}\n{{\n");
            var index = 0;
            foreach (var registration in scope)
            {
                var key = registration.Code is { } code ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"typeof({registration.Key})";
                source.Append($"    [ErrorHandler({key})] public static IResult H{index++}(System.Exception e) => Results.StatusCode(500);\n");
            }

            source.Append("}\n");
        }

        source.Append(extraSource);
        var run = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("Bench" + handlers, TestCompilation.WebUsings, source.ToString()));
        return new SyntheticApp(Assembly.Load(TestCompilation.Emit(run.Output)), registrations);
    }

    /// <summary>The class a registration's key names: in the loaded assembly, or the built-in class of its code.</summary>
    public Type KeyType(Registration registration)
    {
        if (registration.Code is not { } code)
        {
            return Assembly.GetType("Bench." + registration.Key)!;
        }

        try
        {
            Abort.With(code);
        }
        catch (HttpException builtIn)
        {
            return builtIn.GetType();
        }

        throw new InvalidOperationException("unreachable: Abort.With always throws");
    }

    /// <summary>One handler's key: its scope (null for the application), its class, and its code when keyed by one.</summary>
    public sealed record Registration(string? Scope, string Key, int? Code);
}
