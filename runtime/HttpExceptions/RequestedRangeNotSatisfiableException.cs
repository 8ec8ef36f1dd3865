using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ErrorHandlers;

/// <summary><c>416 Requested Range Not Satisfiable</c>, Werkzeug's <c>RequestedRangeNotSatisfiable</c>: may carry the resource length.</summary>
public class RequestedRangeNotSatisfiableException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The server cannot provide the requested range.";

    /// <summary>Creates the error.</summary>
    /// <param name="length">The length of the resource, sent as <c>Content-Range: {units} */{length}</c>.</param>
    /// <param name="units">The range unit.</param>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="units"/> is empty or contains a character other than visible ASCII and spaces.</exception>
    public RequestedRangeNotSatisfiableException(long? length = null, string units = "bytes", string? description = null)
        : base(416, description ?? DefaultDescription)
    {
        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A resource length cannot be negative.");
        }

        Length = length;
        Units = HeaderValues.Checked(units, nameof(units));
    }

    /// <summary>The length of the resource, when known.</summary>
    public long? Length { get; }

    /// <summary>The range unit, <c>bytes</c> unless another was given.</summary>
    public string Units { get; }

    /// <inheritdoc />
    public override void AddHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (Length is { } length)
        {
            headers.ContentRange = string.Create(CultureInfo.InvariantCulture, $"{Units} */{length}");
        }
    }
}
