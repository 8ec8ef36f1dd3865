using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ErrorHandlers.Generator.Model;
using ErrorHandlers.Generator.Shared;

namespace ErrorHandlers.Generator.Layout;

/// <summary>
/// Lays the table out: every key of the assembly's handlers and of those it imports goes into the bucket of its scope
/// and kind, each bucket's arms ordered so that the first that passes is the most specific, and every generated name
/// chosen. What comes out is a value, so that an edit which lays out the same table stops the pipeline here.
/// </summary>
internal static class DispatchTableLayout
{
    private const string ExceptionType = "global::System.Exception";

    public static DispatchTableModel Build(TableTarget target, EquatableArray<HandlerMethod> handlers, EquatableArray<ImportedHandler> imported)
    {
        var properties = Identifiers(handlers.Select(ClassAndMethod));
        var named = handlers.Select((handler, i) => new NamedHandler(properties[i], handler)).ToList();
        var entries = named
            .SelectMany(h => h.Handler.Keys.Select(key => new Entry(h.Handler.Scope, key, "Handlers." + h.Property, h.Handler.DisplayName)))
            .Concat(imported.Select(i => new Entry(i.Scope, i.Key, i.Property, i.DisplayName)));

        return new DispatchTableModel(
            target.AssemblyName,
            HandlerExports.ClassName(target.AssemblyName),
            target.ExportsHandlers,
            new EquatableArray<Bucket>(Buckets(entries)),
            new EquatableArray<NamedHandler>(named));
    }

    /// <summary>
    /// The application's buckets first, then scopes by name; code buckets before class buckets. A key registered twice
    /// in one scope (in this assembly or across assemblies) keeps the handler whose name sorts first; EH0004 reports the
    /// rest.
    /// </summary>
    private static IEnumerable<Bucket> Buckets(IEnumerable<Entry> entries)
    {
        var groups = entries
            .GroupBy(e => (e.Scope, e.Key.ExceptionType))
            .Select(g => g.OrderBy(e => e.DisplayName, StringComparer.Ordinal).First())
            .GroupBy(e => (e.Scope, e.Key.ByCode))
            .OrderBy(g => g.Key.Scope is null ? 0 : 1)
            .ThenBy(g => g.Key.Scope, StringComparer.Ordinal)
            .ThenBy(g => g.Key.ByCode ? 0 : 1)
            .ToList();
        var scopes = groups.Select(g => g.Key.Scope).OfType<string>().Distinct().ToList();
        var scopeNames = scopes.Zip(Identifiers(scopes), (scope, identifier) => (scope, identifier))
            .ToDictionary(pair => pair.scope, pair => "Scope_" + pair.identifier, StringComparer.Ordinal);

        foreach (var group in groups)
        {
            var byCode = group.Key.ByCode;
            yield return new Bucket(
                group.Key.Scope,
                byCode,
                (byCode ? "ByCode_" : "ByClass_") + (group.Key.Scope is null ? "Application" : scopeNames[group.Key.Scope]),
                new EquatableArray<Arm>(byCode ? CodeArms(group) : ClassArms(group)));
        }
    }

    /// <summary>
    /// By code, then most derived first within a code; then the classes whose code only the instance knows, most
    /// derived first, for any code.
    /// </summary>
    private static IEnumerable<Arm> CodeArms(IEnumerable<Entry> entries) =>
        entries.Where(e => e.Key.StatusCode is not null)
            .GroupBy(e => e.Key.StatusCode)
            .OrderBy(code => code.Key)
            .SelectMany(MostDerivedFirst)
            .Concat(MostDerivedFirst(entries.Where(e => e.Key.CodeFromInstance)))
            .Select(e => new Arm(e.Key.StatusCode, e.Key.ExceptionType, e.Property));

    /// <summary>Most derived first; <c>System.Exception</c>, which every exception is, last and without a test.</summary>
    private static IEnumerable<Arm> ClassArms(IEnumerable<Entry> entries) =>
        MostDerivedFirst(entries)
            .Select(e => new Arm(null, e.Key.ExceptionType == ExceptionType ? null : e.Key.ExceptionType, e.Property));

    private static IEnumerable<Entry> MostDerivedFirst(IEnumerable<Entry> entries) =>
        entries.OrderByDescending(e => e.Key.Depth).ThenBy(e => e.Key.ExceptionType, StringComparer.Ordinal);

    /// <summary>A property per handler named <c>Class_Method</c>.</summary>
    private static string ClassAndMethod(HandlerMethod handler)
    {
        var typeName = handler.DisplayName.Substring(0, handler.DisplayName.Length - handler.Name.Length - 1);
        return typeName.Substring(typeName.LastIndexOf('.') + 1) + "_" + handler.Name;
    }

    /// <summary>Turns names into distinct C# identifiers, in order: other characters become <c>_</c>, clashes get a number.</summary>
    private static List<string> Identifiers(IEnumerable<string> names)
    {
        var result = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var identifier = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                identifier.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            var candidate = identifier.ToString();
            var unique = candidate;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = candidate + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            result.Add(unique);
        }

        return result;
    }

    /// <summary>One key in the table: where it applies and which handler property answers it.</summary>
    private sealed record Entry(string? Scope, HandlerKey Key, string Property, string DisplayName);
}
