using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Rectification.Data;
using CampaignPlatform.Modules.Rectification.Lifecycle;

namespace CampaignPlatform.UnitTests.Rectification;

public sealed class ItemLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 5, 10);

    private static RectificationItem Item(ItemStatus status = ItemStatus.Open) => new()
    {
        Id = 7, SourceModule = "test", Category = "三堆", Description = "柴草乱堆", CreatedBy = "督查组", Status = status, Deadline = Today.AddDays(7),
    };

    private static RectificationItem Submitted()
    {
        var item = Item();
        ItemLifecycle.Claim(item, Guid.NewGuid(), "住建局张三", null, Now);
        ItemLifecycle.Submit(item, "已清理", "照片3张", "住建局张三", Now);
        return item;
    }

    [Fact]
    public void Full_life_open_claim_submit_close_records_each_step()
    {
        var unit = Guid.NewGuid();
        var item = Item();
        var claim = ItemLifecycle.Claim(item, unit, "住建局张三", "马上处理", Now);
        Assert.Equal((ItemStatus.Open, ItemStatus.Claimed), (claim.FromStatus!.Value, claim.ToStatus));
        Assert.Equal(unit, item.ClaimedByUnitId);
        Assert.Equal(unit, item.ResponsibleUnitId);

        ItemLifecycle.Submit(item, "已清理", "照片3张", "住建局张三", Now);
        Assert.Equal(ItemStatus.Submitted, item.Status);
        Assert.Equal("照片3张", item.EvidenceNote);

        var close = ItemLifecycle.Close(item, "督查组李四", "现场核验通过", Now, Today.AddDays(30));
        Assert.Equal(ItemStatus.Closed, item.Status);
        Assert.Equal(Today.AddDays(30), item.LookbackDueOn);
        Assert.Equal("close", close.Action);
        Assert.Equal(["claim", "submit", "close"], item.History.Select(h => h.Action));
        Assert.Equal(3, item.Version);
    }

    [Fact]
    public void Returned_item_goes_back_to_claimed()
    {
        var item = Submitted();
        ItemLifecycle.Return(item, "垃圾仍在", "督查组李四", Now);
        Assert.Equal(ItemStatus.Returned, item.Status);
        Assert.Equal("垃圾仍在", item.ReturnReason);
        ItemLifecycle.Claim(item, null, "住建局张三", null, Now);
        Assert.Equal(ItemStatus.Claimed, item.Status);
    }

    [Theory]
    [InlineData(ItemStatus.Claimed)]
    [InlineData(ItemStatus.Submitted)]
    [InlineData(ItemStatus.Closed)]
    public void Claim_is_refused_unless_open_or_returned(ItemStatus status) => AssertRefused(Item(status), i => ItemLifecycle.Claim(i, null, "a", null, Now));

    [Theory]
    [InlineData(ItemStatus.Open)]
    [InlineData(ItemStatus.Submitted)]
    [InlineData(ItemStatus.Returned)]
    [InlineData(ItemStatus.Closed)]
    public void Submit_needs_claimed(ItemStatus status) => AssertRefused(Item(status), i => ItemLifecycle.Submit(i, "fix", null, "a", Now));

    [Theory]
    [InlineData(ItemStatus.Open)]
    [InlineData(ItemStatus.Claimed)]
    [InlineData(ItemStatus.Returned)]
    [InlineData(ItemStatus.Closed)]
    public void Close_and_return_need_submitted(ItemStatus status)
    {
        AssertRefused(Item(status), i => ItemLifecycle.Close(i, "b", null, Now, Today));
        AssertRefused(Item(status), i => ItemLifecycle.Return(i, "no", "b", Now));
    }

    [Fact]
    public void The_one_who_fixed_cannot_verify()
    {
        AssertRefused(Submitted(), i => ItemLifecycle.Close(i, "住建局张三", null, Now, Today));
        AssertRefused(Submitted(), i => ItemLifecycle.Return(i, "no", "住建局张三", Now));
    }

    [Fact]
    public void Lookback_confirms_once()
    {
        var item = Submitted();
        ItemLifecycle.Close(item, "督查组李四", null, Now, Today);
        ItemLifecycle.RecordLookback(item, fixHolds: true, "保持良好", "督查组李四", Now, Today, 7);
        Assert.Equal(LookbackState.Confirmed, item.Lookback);
        Assert.Equal(ItemStatus.Closed, item.Status);
        AssertRefused(item, i => ItemLifecycle.RecordLookback(i, true, null, "x", Now, Today, 7));
    }

    [Fact]
    public void Failed_lookback_reopens_with_a_new_deadline()
    {
        var item = Submitted();
        ItemLifecycle.Close(item, "督查组李四", null, Now, Today);
        var reopen = ItemLifecycle.RecordLookback(item, fixHolds: false, "问题反弹", "督查组李四", Now, Today.AddDays(30), 7);
        Assert.Equal("reopen", reopen.Action);
        Assert.Equal(ItemStatus.Open, item.Status);
        Assert.Equal(1, item.ReopenCount);
        Assert.Equal(Today.AddDays(37), item.Deadline);
        Assert.Null(item.ClosedAt);
        Assert.Null(item.LookbackDueOn);
    }

    [Theory]
    [InlineData(ItemStatus.Open)]
    [InlineData(ItemStatus.Claimed)]
    [InlineData(ItemStatus.Submitted)]
    public void Lookback_needs_closed(ItemStatus status) => AssertRefused(Item(status), i => ItemLifecycle.RecordLookback(i, true, null, "x", Now, Today, 7));

    [Fact]
    public void Listing_and_unlisting()
    {
        var item = Item();
        ItemLifecycle.List(item, "群众反映强烈", "市创卫办", Now);
        Assert.True(item.Listed);
        AssertRefused(item, i => ItemLifecycle.List(i, "again", "市创卫办", Now));
        ItemLifecycle.Unlist(item, "已整改到位", "市创卫办", Now);
        Assert.False(item.Listed);
        AssertRefused(item, i => ItemLifecycle.Unlist(i, null, "市创卫办", Now));
        AssertRefused(Item(ItemStatus.Closed), i => ItemLifecycle.List(i, "late", "市创卫办", Now));
    }

    private static void AssertRefused(RectificationItem item, Action<RectificationItem> step)
    {
        var before = (item.Status, item.Version, item.History.Count, item.Listed, item.Lookback);
        var conflict = Assert.Throws<ConflictException>(() => step(item));
        Assert.Equal(item.Status, conflict.Extensions["currentStatus"]);
        Assert.Equal(before, (item.Status, item.Version, item.History.Count, item.Listed, item.Lookback));
    }
}
