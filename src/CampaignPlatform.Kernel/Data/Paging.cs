using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Kernel.Data;

/// <summary>One page of a list and the total its filters match (for the pager: 第 n / m 页).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public Paged<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Total, Page, PageSize);
}

/// <summary>A list request that is read a page at a time.</summary>
public interface IPagedQuery
{
    /// <summary>1-based; default 1.</summary>
    int? Page { get; }

    /// <summary>1–200; default <see cref="Paging.DefaultPageSize"/>.</summary>
    int? PageSize { get; }
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    /// <summary>The page asked for of an ordered query, with the total it matches, in two queries.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IOrderedQueryable<T> query, IPagedQuery request, CancellationToken ct)
    {
        var page = request.Page ?? 1;
        var size = request.PageSize ?? DefaultPageSize;
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<T>(items, total, page, size);
    }

    /// <summary>The page asked for of a list already in memory (a short one, e.g. a township's villages).</summary>
    public static Paged<T> ToPaged<T>(this IReadOnlyList<T> all, IPagedQuery request)
    {
        var page = request.Page ?? 1;
        var size = request.PageSize ?? DefaultPageSize;
        return new Paged<T>(all.Skip((page - 1) * size).Take(size).ToList(), all.Count, page, size);
    }

    /// <summary>Page ≥ 1 and page size 1–200, with the messages in both languages.</summary>
    public static void AddPagingRules<T>(this AbstractValidator<T> validator) where T : IPagedQuery
    {
        validator.RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("页码从 1 开始。'page' starts at 1.");
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize)
            .WithMessage($"每页条数须在 1 到 {MaxPageSize} 之间。'pageSize' must be 1–{MaxPageSize}.");
    }
}
