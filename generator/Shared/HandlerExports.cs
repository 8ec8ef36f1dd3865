using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Generator.Shared;

/// <summary>
/// The handlers that referenced assemblies export: each assembly's generator writes them into one public class whose
/// name follows from the assembly's name, so they are found by a lookup, not by scanning. The analyzers link this
/// file to find duplicates across projects.
/// </summary>
internal static class HandlerExports
{
    public const string Namespace = "ErrorHandlers.Generated.Exports";
    public const string AttributeName = "ErrorHandlers.Dispatch.ErrorHandlerExportAttribute";

    /// <summary>The status code an export carries for a code bucket whose code only the exception instance knows.</summary>
    public const int CodeFromInstance = -1;

    /// <summary>The export class of an assembly: <c>ErrorHandlers.Generated.Exports.My_Library</c>.</summary>
    public static string ClassName(string assemblyName)
    {
        var name = new StringBuilder(assemblyName.Length + 1);
        foreach (var c in assemblyName)
        {
            name.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            name.Insert(0, '_');
        }

        return name.ToString();
    }

    /// <summary>Every exported handler key of the assemblies this compilation references, in a stable order.</summary>
    public static IEnumerable<ExportedHandler> Read(Compilation compilation)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols.OrderBy(a => a.Name, System.StringComparer.Ordinal))
        {
            if (assembly.Name == KnownNames.RuntimeAssembly
                || assembly.GetTypeByMetadataName(Namespace + "." + ClassName(assembly.Name)) is not { } exports)
            {
                continue;
            }

            foreach (var member in exports.GetMembers().OfType<IPropertySymbol>().OrderBy(m => m.Name, System.StringComparer.Ordinal))
            {
                foreach (var attribute in member.GetAttributes())
                {
                    if (attribute.AttributeClass?.ToDisplayString() == AttributeName
                        && attribute.ConstructorArguments.Length == 4
                        && attribute.ConstructorArguments[0].Value is INamedTypeSymbol key
                        && attribute.ConstructorArguments[1].Value is int code
                        && attribute.ConstructorArguments[3].Value is string handler)
                    {
                        yield return new ExportedHandler(
                            member,
                            key,
                            code > 0 ? code : null,
                            code == CodeFromInstance,
                            attribute.ConstructorArguments[2].Value as string,
                            handler);
                    }
                }
            }
        }
    }
}

/// <summary>One key of a handler exported by a referenced assembly.</summary>
internal sealed record ExportedHandler(IPropertySymbol Member, INamedTypeSymbol Key, int? StatusCode, bool CodeFromInstance, string? Scope, string Handler);
