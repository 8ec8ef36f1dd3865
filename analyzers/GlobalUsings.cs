global using ErrorHandlers.Generator.Shared;
