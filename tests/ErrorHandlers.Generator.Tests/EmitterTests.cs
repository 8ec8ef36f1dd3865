using ErrorHandlers.Generator.Emitting;
using ErrorHandlers.Generator.Model;
using ErrorHandlers.Generator.Shared;
using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Generator.Tests;

/// <summary>What the shape of the generated code buys: the compiler checks the order the layout gives the arms.</summary>
public sealed class EmitterTests
{
    [Test]
    public void An_arm_for_a_base_class_above_one_for_its_derived_class_does_not_compile()
    {
        var misordered = new DispatchTableModel(
            "App",
            "App",
            ExportsHandlers: false,
            new EquatableArray<Bucket>([
                new Bucket(null, ByCode: false, "ByClass_Application", new EquatableArray<Arm>([
                    new Arm(null, "global::App.DbException", "null!"),
                    new Arm(null, "global::App.DbTimeoutException", "null!"),
                ])),
            ]),
            EquatableArray<NamedHandler>.Empty);
        const string Exceptions = "namespace App { public class DbException : System.Exception { } public sealed class DbTimeoutException : DbException { } }";

        var errors = TestCompilation.Create("App", Exceptions, DispatchTableEmitter.Emit(misordered)).GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Id);

        Assert.That(errors, Is.EqualTo(new[] { "CS8510" }));
    }

    [Test]
    public void A_writer_left_with_a_block_open_or_closing_one_it_never_opened_fails()
    {
        var open = new IndentedWriter().Open("namespace App");

        Assert.That(() => open.ToString(), Throws.InvalidOperationException.With.Message.EqualTo("The writer ended with 1 block(s) still open."));
        Assert.That(() => new IndentedWriter().Close(), Throws.InvalidOperationException.With.Message.EqualTo("The writer closed a block it never opened."));
        Assert.That(open.Close().ToString(), Is.EqualTo("namespace App\n{\n}\n"));
    }

    /// <summary>A parameter source or return shape added to the model but not to the emitter fails, instead of a wrong call.</summary>
    [TestCase(99, 0)]
    [TestCase(0, 99)]
    public void A_parameter_source_or_return_shape_the_emitter_does_not_know_throws(int source, int shape)
    {
        var handler = new HandlerMethod(
            "global::App.Errors",
            "Handle",
            "App.Errors.Handle",
            Scope: null,
            EquatableArray<HandlerKey>.Empty,
            new EquatableArray<HandlerParameter>([new HandlerParameter((ParameterSource)source, "global::System.Exception")]),
            (ReturnShape)shape,
            EquatableArray<ProducedContent>.Empty,
            RendersView: false);
        var table = new DispatchTableModel("App", "App", ExportsHandlers: false, EquatableArray<Bucket>.Empty, new EquatableArray<NamedHandler>([new NamedHandler("Errors_Handle", handler)]));

        Assert.That(() => DispatchTableEmitter.Emit(table), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
