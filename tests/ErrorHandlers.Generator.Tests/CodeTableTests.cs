using ErrorHandlers.Generator.Shared;

namespace ErrorHandlers.Generator.Tests;

/// <summary>
/// The generator keys a status code by the built-in class it names (<see cref="KnownHttpExceptions"/>); the runtime
/// creates that class for the code (<see cref="Abort.With"/>). The two tables are written twice, once per side of the
/// compile-time boundary, so this test holds them to each other for every code.
/// </summary>
public sealed class CodeTableTests
{
    [Test]
    public void The_generators_code_table_is_the_runtimes()
    {
        for (var code = 0; code < 1000; code++)
        {
            var created = Created(code);
            var name = KnownHttpExceptions.ClassName(code);

            Assert.That(name, Is.EqualTo(created?.GetType().Name), $"status code {code}");
            if (created is not null)
            {
                Assert.That(created.GetType().Namespace, Is.EqualTo(KnownHttpExceptions.Namespace));
                Assert.That(created.StatusCode, Is.EqualTo(code));
                Assert.That(KnownHttpExceptions.StatusCode(name!), Is.EqualTo(code));
            }
        }
    }

    private static HttpException? Created(int code)
    {
        try
        {
            Abort.With(code);
        }
        catch (HttpException exception)
        {
            return exception;
        }
        catch (ArgumentOutOfRangeException)
        {
        }

        return null;
    }
}
