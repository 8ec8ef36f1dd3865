using System.Collections.Generic;
using System.Linq;
using ErrorHandlers.Generator.Model;
using ErrorHandlers.Generator.Shared;
using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Generator.Parsing;

/// <summary>
/// What a handler's response looks like, read from its declaration for the OpenAPI document (docs/openapi.md): the
/// handler's <c>[Produces]</c> when it has one, otherwise its return type. A typed result gives its content type and
/// body type, a union of them each member's, the exception itself the default response, a string, a Razor view or a component an
/// HTML page; a plain <c>IResult</c> or <c>IActionResult</c> says nothing, and the document then lists the code without content.
/// </summary>
internal static class ResponseReader
{
    private const string HttpResults = "Microsoft.AspNetCore.Http.HttpResults";
    private const string Json = "application/json";
    private const string Problem = "application/problem+json";
    private const string Html = "text/html";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    /// <summary>Typed results whose type argument is written as JSON.</summary>
    private static readonly HashSet<string> JsonValueResults =
    [
        "JsonHttpResult`1", "Ok`1", "Created`1", "CreatedAtRoute`1", "Accepted`1", "AcceptedAtRoute`1", "BadRequest`1",
        "NotFound`1", "Conflict`1", "UnprocessableEntity`1", "InternalServerError`1",
    ];

    /// <summary>MVC results that render a Razor view (or view component) into an HTML page, and ErrorHandlers' own.</summary>
    private static readonly HashSet<string> ViewResults =
    [
        "Microsoft.AspNetCore.Mvc.ViewResult", "Microsoft.AspNetCore.Mvc.PartialViewResult",
        "Microsoft.AspNetCore.Mvc.ViewComponentResult", "ErrorHandlers.ErrorViewResult",
    ];

    /// <summary>What the runtime writes when no handler answers, or when a handler returns the exception.</summary>
    private static readonly EquatableArray<ProducedContent> DefaultResponseContents = new(
    [
        new ProducedContent(Problem, "global::Microsoft.AspNetCore.Mvc.ProblemDetails"),
        new ProducedContent(Html, "string"),
    ]);

    public static EquatableArray<ProducedContent> Read(IMethodSymbol method, KnownSymbols known)
    {
        var declared = method.GetAttributes().Select(Declared).FirstOrDefault(contents => contents is not null);
        return new EquatableArray<ProducedContent>(declared ?? Distinct(Of(known.Unwrap(method.ReturnType).Answer, known)));
    }

    /// <summary>The contents <c>[Produces]</c> or <c>[Produces&lt;T&gt;]</c> declares; null for any other attribute.</summary>
    private static ProducedContent[]? Declared(AttributeData attribute)
    {
        if (attribute.AttributeClass is not { ContainingNamespace: var ns } type
            || ns.ToDisplayString() != "Microsoft.AspNetCore.Mvc"
            || type.Name != "ProducesAttribute")
        {
            return null;
        }

        var bodyType = type.IsGenericType ? type.TypeArguments[0] : null;
        var contentTypes = new List<string>();
        foreach (var argument in attribute.ConstructorArguments)
        {
            switch (argument)
            {
                case { Kind: TypedConstantKind.Type, Value: ITypeSymbol given }:
                    bodyType = given;
                    break;
                case { Kind: TypedConstantKind.Primitive, Value: string contentType }:
                    contentTypes.Add(contentType);
                    break;
                case { Kind: TypedConstantKind.Array }:
                    contentTypes.AddRange(argument.Values.Select(value => value.Value).OfType<string>());
                    break;
            }
        }

        foreach (var named in attribute.NamedArguments)
        {
            if (named is { Key: "Type", Value.Value: ITypeSymbol given })
            {
                bodyType = given;
            }
        }

        if (contentTypes.Count == 0)
        {
            contentTypes.Add(Json);
        }

        var body = bodyType is null ? null : Name(bodyType);
        return [.. contentTypes.Select(contentType => new ProducedContent(contentType, body))];
    }

    /// <summary>Whether the handler answers with a Razor view, which needs MVC's view services.</summary>
    public static bool RendersView(IMethodSymbol method, KnownSymbols known) => IsView(known.Unwrap(method.ReturnType).Answer);

    private static bool IsView(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (ViewResults.Contains(current.ToDisplayString()))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<ProducedContent> Of(ITypeSymbol type, KnownSymbols known)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return [new ProducedContent(Html, "string")];
        }

        if (known.IsHttpException(type))
        {
            return DefaultResponseContents;
        }

        if (IsView(type))
        {
            return [new ProducedContent(Html, "string")];
        }

        if (type is not INamedTypeSymbol named || named.ContainingNamespace?.ToDisplayString() != HttpResults)
        {
            return [];
        }

        return named.MetadataName switch
        {
            "ProblemHttpResult" => [new ProducedContent(Problem, "global::Microsoft.AspNetCore.Mvc.ProblemDetails")],
            "ValidationProblem" => [new ProducedContent(Problem, "global::Microsoft.AspNetCore.Http.HttpValidationProblemDetails")],
            "RazorComponentResult" or "RazorComponentResult`1" => [new ProducedContent(Html, "string")],
            { } name when JsonValueResults.Contains(name) => [new ProducedContent(Json, Name(named.TypeArguments[0]))],
            { } name when name.StartsWith("Results`", System.StringComparison.Ordinal) => named.TypeArguments.SelectMany(member => Of(member, known)),
            _ => [],
        };
    }

    /// <summary>One content per content type: OpenAPI gives each one schema, so the first member that names it wins.</summary>
    private static ProducedContent[] Distinct(IEnumerable<ProducedContent> contents) =>
        [.. contents.GroupBy(content => content.ContentType).Select(group => group.First())];

    /// <summary>The type as <c>typeof</c> can name it; null for one it cannot (an anonymous type).</summary>
    private static string? Name(ITypeSymbol type) =>
        type.IsAnonymousType || type.TypeKind is TypeKind.Error or TypeKind.TypeParameter or TypeKind.Dynamic
            ? null
            : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat);
}
