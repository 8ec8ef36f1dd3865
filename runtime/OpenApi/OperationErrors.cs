using ErrorHandlers.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;

namespace ErrorHandlers.OpenApi;

/// <summary>
/// The error codes one operation may answer with: those it declares with <see cref="ProducesErrorAttribute"/>, and
/// those ASP.NET Core raises on its own where that is certain from the endpoint's metadata: 400 when it binds a body
/// or a form, 401 and 403 when it requires authorization, the rate limiter's rejection code
/// when a limiter applies, and for an <c>[ApiController]</c> action (MVC's model-state 400) when it binds anything from
/// the request. 404 and 405 belong to routing, not to an operation, and 500 to no operation unless declared.
/// </summary>
/// <param name="Declared">Codes the endpoint declares; its handlers always answer them, since they are thrown.</param>
/// <param name="Raised">Codes ASP.NET Core raises without a body; answered unless status-code pages are off.</param>
/// <param name="Validates">Whether minimal-API validation is on, so that a 400 may carry validation errors.</param>
/// <param name="AnswersEmptyErrors">Whether the handlers answer this endpoint's empty-bodied error statuses.</param>
/// <param name="Mapped">
/// The client errors of an <c>[ApiController]</c> action that ApiExplorer lists with MVC's ProblemDetails
/// (<c>[ProducesResponseType(404)]</c>): the handlers answer them in MVC's place, so the document shows their response.
/// </param>
internal sealed record OperationErrors(IReadOnlySet<int> Declared, IReadOnlySet<int> Raised, bool Validates, bool AnswersEmptyErrors, IReadOnlySet<int> Mapped)
{
    public static OperationErrors Of(ApiDescription description, IServiceProvider services)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var declared = metadata.OfType<ProducesErrorAttribute>().SelectMany(attribute => attribute.StatusCodes).ToHashSet();
        var raised = new HashSet<int>();
        var apiController = description.ActionDescriptor.FilterDescriptors.Select(filter => filter.Filter).OfType<ClientErrorFilter>().FirstOrDefault();
        var checksModelState = apiController is not null
            && services.GetService<IOptions<ApiBehaviorOptions>>()?.Value.SuppressModelStateInvalidFilter is false;
        var validates = ValidationIsOn(services) || checksModelState;
        if (description.ParameterDescriptions.Any(IsBodyOrForm)
            || (checksModelState && description.ParameterDescriptions.Any(parameter => parameter.Source?.IsFromRequest is true)))
        {
            raised.Add(StatusCodes.Status400BadRequest);
        }

        if (RequiresAuthorization(metadata, services))
        {
            raised.Add(StatusCodes.Status401Unauthorized);
            raised.Add(StatusCodes.Status403Forbidden);
        }

        if (RateLimited(metadata, services) is { } rejectionCode)
        {
            raised.Add(rejectionCode);
        }

        var answersEmptyErrors = services.GetService<IOptions<ErrorHandlerOptions>>()?.Value.AnswerEmptyErrorResponses is not false
            && !metadata.OfType<ISkipStatusCodePagesMetadata>().Any();
        var mapped = apiController is { MapsClientErrors: true } && answersEmptyErrors
            ? description.SupportedResponseTypes
                .Where(response => response.StatusCode >= 400 && response.Type is { } type && typeof(ProblemDetails).IsAssignableFrom(type))
                .Select(response => response.StatusCode)
                .ToHashSet()
            : [];
        return new OperationErrors(declared, raised, validates, answersEmptyErrors, mapped);
    }

    private static bool IsBodyOrForm(ApiParameterDescription parameter) =>
        parameter.Source == BindingSource.Body || parameter.Source == BindingSource.Form || parameter.Source == BindingSource.FormFile;

    /// <summary>
    /// .NET 10's minimal-API validation is on (<c>AddValidation</c>): its errors come as a 400. Which parameters it
    /// validates only its resolvers know, and they are experimental (ASP0029), so a 400 is certain only for a body.
    /// </summary>
    private static bool ValidationIsOn(IServiceProvider services) =>
        services.GetServices<IConfigureOptions<ValidationOptions>>().Any();

    /// <summary>
    /// As <c>AuthorizationMiddleware</c> decides: authorization data or a policy on the endpoint, or a fallback policy,
    /// and no <see cref="IAllowAnonymous"/>.
    /// </summary>
    private static bool RequiresAuthorization(IList<object> metadata, IServiceProvider services) =>
        !metadata.OfType<IAllowAnonymous>().Any()
        && (metadata.Any(item => item is IAuthorizeData or AuthorizationPolicy)
            || services.GetService<IOptions<AuthorizationOptions>>()?.Value.FallbackPolicy is not null);

    /// <summary>
    /// The rejection code of ASP.NET Core's rate limiter when a limiter applies: a policy on the endpoint or a global
    /// limiter, and no <see cref="DisableRateLimitingAttribute"/>.
    /// </summary>
    private static int? RateLimited(IList<object> metadata, IServiceProvider services)
    {
        if (services.GetService<IOptions<RateLimiterOptions>>()?.Value is not { } options
            || metadata.OfType<DisableRateLimitingAttribute>().Any()
            || !(metadata.OfType<EnableRateLimitingAttribute>().Any() || options.GlobalLimiter is not null))
        {
            return null;
        }

        return options.RejectionStatusCode;
    }
}
