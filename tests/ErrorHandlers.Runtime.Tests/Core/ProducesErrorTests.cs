using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ErrorHandlers.Runtime.Tests.Core;

/// <summary><c>ProducesError</c>: the codes it records as endpoint metadata, and its bad input.</summary>
public sealed class ProducesErrorTests
{
    [Test]
    public async Task The_convention_records_the_codes_on_every_endpoint_of_a_group()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();
        var group = app.MapGroup("/orders").ProducesError(404);
        group.MapGet("/{id}", (int id) => "order").ProducesError(409, 410);

        var endpoint = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).Single();

        Assert.That(endpoint.Metadata.GetOrderedMetadata<ProducesErrorAttribute>().SelectMany(declared => declared.StatusCodes), Is.EqualTo(new[] { 404, 409, 410 }));
    }

    [TestCase(402)]
    [TestCase(200)]
    [TestCase(507)]
    public void A_code_without_a_built_in_class_is_an_argument_error_naming_it(int code)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ProducesErrorAttribute(404, code));

        Assert.That(thrown!.ParamName, Is.EqualTo("statusCodes"));
        Assert.That(thrown.Message, Does.StartWith($"{code} has no built-in HttpException class"));
    }

    [Test]
    public void No_code_is_an_argument_error() =>
        Assert.That(() => new ProducesErrorAttribute(), Throws.ArgumentException.With.Message.StartsWith("Name at least one status code."));
}
