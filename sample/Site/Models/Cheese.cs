using System.ComponentModel.DataAnnotations;

namespace ErrorHandlers.Site.Models;

/// <summary>A cheese of the shop's API.</summary>
public sealed class Cheese
{
    [Required]
    [StringLength(40)]
    public string? Name { get; set; }

    [Range(1, 120)]
    public int AgeInMonths { get; set; }
}
