// The server behind tests/ErrorHandlers.Benchmarks/load.sh and AllocationBudgetTests: LoadApp.Create builds the
// pipeline the first argument names (LoadApp.cs lists them), on Kestrel; it prints the address it listens on.
var app = LoadApp.Create(args);
app.Start();
Console.WriteLine($"Now listening on: {app.Urls.First()}");
app.WaitForShutdown();
