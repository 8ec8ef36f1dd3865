using System.Reflection;
using System.Runtime.Versioning;

namespace ErrorHandlers.Runtime.Tests.Core;

/// <summary>
/// This project runs once per framework the package ships (docs/compatibility.md): each run tests the package's
/// assembly for that framework, on that framework's runtime rather than one it rolled forward to.
/// </summary>
public sealed class FrameworkTests
{
    private static readonly string TestedFramework = FrameworkOf(typeof(FrameworkTests).Assembly);

    [Test]
    public void The_runtime_under_test_is_the_packages_assembly_for_this_framework() =>
        Assert.That(FrameworkOf(typeof(HttpException).Assembly), Is.EqualTo(TestedFramework));

    [Test]
    public void The_tests_run_on_that_frameworks_own_runtime() =>
        Assert.That($".NETCoreApp,Version=v{Environment.Version.Major}.{Environment.Version.Minor}", Is.EqualTo(TestedFramework));

    private static string FrameworkOf(Assembly assembly) =>
        assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
}
