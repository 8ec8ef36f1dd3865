
namespace ErrorHandlers.Runtime.Tests.Core;

/// <summary>docs/design.md, Public API: <c>Abort</c> and the constructors of the built-in classes, including their bad input.</summary>
public sealed class AbortTests
{
    [Test]
    public void With_throws_the_built_in_class_with_the_description()
    {
        var thrown = Assert.Throws<NotFoundException>(() => Abort.With(404, "Resource not found"));

        Assert.That(thrown!.Description, Is.EqualTo("Resource not found"));
        Assert.That(thrown.Message, Is.EqualTo("404 Not Found: Resource not found"));
    }

    [Test]
    public void With_501_throws_the_class_that_does_not_clash_with_NotImplementedException() =>
        Assert.Throws<NotImplementedHttpException>(() => Abort.With(501));

    [TestCase(402)]
    [TestCase(507)]
    [TestCase(200)]
    [TestCase(999)]
    public void A_code_without_a_built_in_class_is_an_argument_error_naming_it(int code)
    {
        var withThrow = Assert.Throws<ArgumentOutOfRangeException>(() => Abort.With(code));
        var withoutThrow = Assert.Throws<ArgumentOutOfRangeException>(() => Abort.Result(code));

        Assert.That(withThrow!.Message, Does.StartWith($"No built-in HttpException for status code {code}."));
        Assert.That(withoutThrow!.ParamName, Is.EqualTo("statusCode"));
    }

    [Test]
    public void Result_of_null_is_an_argument_error() =>
        Assert.Throws<ArgumentNullException>(() => Abort.Result(null!));

    [Test]
    public void The_500_class_carries_the_original_as_its_inner_exception()
    {
        var original = new InvalidOperationException();

        var error = new InternalServerErrorException(originalException: original);

        Assert.That(error.OriginalException, Is.SameAs(original));
        Assert.That(error.InnerException, Is.SameAs(original));
        Assert.That(new InternalServerErrorException().OriginalException, Is.Null);
    }

    [TestCase("GET\r\nX-Injected: 1")]
    [TestCase("GET\n")]
    [TestCase("G\u00C9T", TestName = "Non-ASCII, which Kestrel refuses when the header is set")]
    [TestCase("GET\u0085", TestName = "Unicode's next-line character")]
    [TestCase("")]
    public void Header_values_with_control_characters_are_refused_where_they_are_passed(string method)
    {
        Assert.Throws<ArgumentException>(() => _ = new MethodNotAllowedException([method]));
        Assert.Throws<ArgumentException>(() => _ = new UnauthorizedException(wwwAuthenticate: [method]));
        Assert.Throws<ArgumentException>(() => _ = new RequestedRangeNotSatisfiableException(10, method));
    }

    [Test]
    public void Retry_after_takes_seconds_or_a_date_and_not_a_negative_number()
    {
        Assert.Throws<ArgumentException>(() => _ = new TooManyRequestsException(retryAfter: 5, retryAt: DateTimeOffset.UnixEpoch));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ServiceUnavailableException(retryAfter: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new RequestedRangeNotSatisfiableException(length: -1));
    }

    [Test]
    public void A_scope_name_may_not_be_empty_or_dotted()
    {
        Assert.Throws<ArgumentException>(() => _ = new ErrorHandlerScopeAttribute(""));
        Assert.Throws<ArgumentException>(() => _ = new ErrorHandlerScopeAttribute("parent.child"));
        Assert.Throws<ArgumentException>(() => new RouteGroupBuilderStub().WithErrorHandlerScope("a.b"));
    }

    private sealed class RouteGroupBuilderStub : Microsoft.AspNetCore.Builder.IEndpointConventionBuilder
    {
        public void Add(Action<Microsoft.AspNetCore.Builder.EndpointBuilder> convention)
        {
        }
    }
}
