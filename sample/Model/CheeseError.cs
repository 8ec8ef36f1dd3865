namespace ErrorHandlers.Sample.Model;

/// <summary>Flask docs' <c>jsonify(error=str(e))</c>.</summary>
public sealed record CheeseError(string Error);
