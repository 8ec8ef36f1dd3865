namespace ErrorHandlers.Web.Tests;

/// <summary>One <see cref="WebApp"/> in Production for a fixture's tests, its logs cleared before each.</summary>
public abstract class WebAppFixture
{
    private WebApp? _app;

    private protected WebApp App => _app ?? throw new InvalidOperationException("The application has not started.");

    [OneTimeSetUp]
    public async Task StartAsync() => _app = await WebApp.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [SetUp]
    public void ClearLogs() => App.Logs.Clear();
}
