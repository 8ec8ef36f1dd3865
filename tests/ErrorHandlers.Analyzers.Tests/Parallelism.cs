// Test projects run one after another, so this one has both cores: its fixtures run two at a time, and the fuzzing's
// families side by side (FuzzTests). Every test builds its own compilations, and analyzers are stateless by contract;
// BuildTests, which run dotnet build, keep to themselves.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
