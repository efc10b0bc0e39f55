/*
 * Generated from docs/openapi.json by openapi-typescript (`npm run docs`); do not edit.
 * Types of every path, operation and schema of the gateway's API, for openapi-fetch or any typed
 * fetch wrapper (decision 0073).
 */
export interface paths {
    "/api/v1/units/{id}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 对账单 A unit’s account: bills, payments, deposits, what is owed and what is credited */
        get: operations["getUnitStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房屋账户 A unit’s account: bills, payments, deposits, what is owed and credited; the same as its statement */
        get: operations["getUnitAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/statement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印对账单（PDF） A unit’s account statement as a PDF to hand to the resident (BIL-5 … BIL-8) */
        get: operations["exportUnitStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clearance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 欠费查询 Does the unit (or one payer) owe anything? With the open items; a unit never billed owes nothing (BIL-11) */
        get: operations["getClearance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/clearance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房屋欠费查询 Does the unit (or one payer) owe anything? With the open items; a unit never billed owes nothing (BIL-11) */
        get: operations["getUnitClearance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 收款 Record a payment with a receipt number: oldest bills first or the bills named, the rest as credit (BIL-5) */
        post: operations["recordPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 收款 Record a payment with a receipt number: oldest bills first or the bills named, the rest as credit (BIL-5) */
        post: operations["recordUnitPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 冲回收款 Reverse a payment by new entries; what it paid is owed again (BIL-6) */
        post: operations["reversePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/credit-refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 余额退款 Pay back part or all of a payer’s credit balance (BIL-5, BIL-6) */
        post: operations["refundCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills/{id}/credit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开具红字冲销 Reduce or cancel an issued bill by a credit note (BIL-6) */
        post: operations["issueCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 收取押金 Receive a unit payer’s contract deposit at the cashier, held at once, with its YJ number (BIL-8) */
        post: operations["receiveDeposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/{id}/deductions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 押金扣除 Deduct damage from a deposit; above its balance the rest is charged to the unit (BIL-8) */
        post: operations["deductDeposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deposits/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退还押金 Refund a deposit’s balance; a decoration deposit from 90 days after its passed inspection (BIL-8, BIL-9) */
        post: operations["refundDeposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contractors/{id}/quality-deposit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质保金明细 A contractor’s quality guarantee deposit: its name, balance, shortfall and movements (receipts, deductions, shortfalls, releases), newest first, a page at a time (BIL-10) */
        get: operations["getQualityDeposit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contractors/{id}/quality-deposit/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退还质保金 Release a contractor’s quality guarantee deposit at the end of the warranty, less what it still owes (BIL-10) */
        post: operations["releaseQualityDeposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality-deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 收取质保金 Record a contractor’s quality guarantee deposit received; the first receipt records the contractor’s name (BIL-10) */
        post: operations["recordQualityDeposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revolving-funds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 周转金余额 A repair team’s revolving fund: its size and what it holds now (MNT-13) */
        get: operations["getRevolvingFund"];
        /** 调整周转金额度 Set a repair team’s revolving fund size; the difference moves to or from the float (MNT-13, decision 0356) */
        put: operations["setRevolvingFundSize"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revolving-funds/{id}/replenishments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 补充周转金 Replenish a repair team’s revolving fund, opened by its first draw (MNT-13) */
        post: operations["replenishRevolvingFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fee-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 收费项目 The company’s fee items with every dated rate, by code (BIL-1) */
        get: operations["listFeeItems"];
        put?: never;
        /** 收费项目与单价 Define a fee item (periodic, or metered and billed by its readings) or give it a new rate from a day on; issued bills keep theirs (BIL-1) */
        post: operations["setFeeItemRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 月度计费 Bill a community’s units for a month, once, pro rata by day; a second call (or a rerun after a failure) completes it, and bills units that have no bill of the month yet, without billing anyone twice (BIL-2) */
        post: operations["runBilling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 欠费清单 Unpaid bills past due, with their 15/30/60-day reminder stage (BIL-4) */
        get: operations["listArrears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/arrears.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出欠费清单 The arrears list as CSV (UTF-8 with BOM, Chinese headers) (BIL-4) */
        get: operations["exportArrears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/collection-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 收费率 A month’s collection rate: collected ÷ billed (BIL-4) */
        get: operations["getCollectionRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/collection-rate.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出收费率 A month’s collection rate as CSV (UTF-8 with BOM) (BIL-4) */
        get: operations["exportCollectionRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shared-meter-apportionments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公共能耗分摊 Apportion a shared meter’s month to its units by floor area or sub-meter usage, the parts adding up exactly, each billed to the unit’s holders; once per meter and month (BIL-3) */
        post: operations["apportionSharedMeter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meter-readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 抄表 Record a unit’s meter reading for a month and bill its usage at the metered item’s rate to the unit’s holders, pro rata by day; once per unit, item and month (BIL-1) */
        post: operations["recordMeterReading"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/meter-readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 抄表记录 A community’s meter readings of a month, with usage and amount (BIL-1) */
        get: operations["listMeterReadings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/late-fee-accruals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 计收滞纳金 Accrue late fees up to a day on the community’s unpaid bills: after the grace period, capped at the principal, never compounded (BIL-13) */
        post: operations["accrueLateFees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills/{id}/waiver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 减免滞纳金 Waive a late fee, approved by a cs-manager with the reason (BIL-13) */
        post: operations["waiveLateFee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 催缴 Announce the 15/30/60-day reminders the community’s unpaid bills have come to by a day, each once (BIL-4) */
        post: operations["sendReminders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/arrears.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出欠费清单（Excel） The arrears list as an XLSX workbook (BIL-4) */
        get: operations["exportArrearsWorkbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/collection-rate.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出收费率（Excel） A month’s collection rate as an XLSX workbook (BIL-4) */
        get: operations["exportCollectionRateWorkbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看工作日历 Read a year's holidays and make-up working days (GEN-1) */
        get: operations["getCalendarYear"];
        /** 设置工作日历 Set a year's holidays and make-up working days; deadlines follow them (GEN-1) */
        put: operations["setCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 小区列表 The caller's communities (RES-1, GEN-5) */
        get: operations["listCommunities"];
        put?: never;
        /** 登记小区 Register a community (RES-1) */
        post: operations["createCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看小区 Read a community (RES-1) */
        get: operations["getCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 更正小区信息 Correct a community's name, kind or address, with the reason kept (RES-1, GEN-3) */
        patch: operations["updateCommunity"];
        trace?: never;
    };
    "/api/v1/communities/{id}/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 楼栋列表 The buildings of a community (RES-1) */
        get: operations["listBuildings"];
        put?: never;
        /** 新增楼栋 Add a building to a community (RES-1) */
        post: operations["createBuilding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看公司设置 Read the caller's company name and settings, e.g. the decoration deposit refund wait (BIL-9) */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 公司设置 Set the caller's company name as documents print it and its settings, e.g. the decoration deposit refund wait (GEN-3, BIL-9) */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/api/v1/complaints/call-backs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回电清单 Customers to call back after an escalation: open ones oldest due first, done ones newest first (CMP-4) */
        get: operations["listCallBacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/call-backs/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 已回电 The customer was called back; record what came of it (CMP-4) */
        post: operations["completeCallBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 来电来访登记表 Search the register by date, community, building, unit, kind, category, status, handler, channel, overdue or phone (DESK-2) */
        get: operations["listComplaints"];
        put?: never;
        /** 来电来访登记 Register a call, visit, letter or message: complaint, suggestion, praise, enquiry or repair (CMP-1, DESK-2) */
        post: operations["registerComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/return-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回访队列 Resolved complaints waiting for their return visit, oldest first (CMP-9, DESK-4) */
        get: operations["listReturnVisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登记队列统计 Open entries per status, and how many are overdue, escalated or major, for a community or every community the caller sees (DESK-2) */
        get: operations["getComplaintCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看登记 Read a register entry with its deadlines */
        get: operations["getComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 处理记录 The history of an entry and of the entries merged into it (GEN-3, CMP-16) */
        get: operations["getComplaintHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分派 Route to the responsible department and a named handler (CMP-2) */
        post: operations["assignComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回复客户 The customer was told when it will be resolved, the same day (CMP-3) */
        post: operations["acknowledgeComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 部门反馈 The responsible department’s feedback, due 3 working days after assignment (CMP-3) */
        post: operations["recordComplaintFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 延期 Extend the resolution deadline with the customer’s recorded consent (CMP-3) */
        post: operations["extendComplaintDeadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂停计时 Pause the timers while the matter waits on the customer (CMP-14) */
        post: operations["pauseComplaintDeadlines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复计时 Resume the timers with the time that was left (CMP-14) */
        post: operations["resumeComplaintDeadlines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上报 Escalate one level, with a reason; the customer is told (CMP-4) */
        post: operations["escalateComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/acknowledge-escalation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认上报 The supervisor, manager or general manager acknowledges the escalation to their level (CMP-4) */
        post: operations["acknowledgeComplaintEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/flag-major": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重大投诉 Flag a major complaint: straight to the manager and general manager (CMP-5) */
        post: operations["flagMajorComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/meeting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 专题会议纪要 Record the special meeting a major complaint needs before it closes (CMP-5) */
        post: operations["recordComplaintMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理完毕 Record the measures and the result; the return visit is due in 1 working day (CMP-8, CMP-9) */
        post: operations["resolveComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/disagree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 客户不认可 The customer disagrees: back to negotiation, not closed (CMP-8) */
        post: operations["recordComplaintDisagreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 无理投诉已解释 Close an unreasonable complaint with the explanation given (CMP-8) */
        post: operations["closeComplaintAsExplained"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 部门签字认可 A department involved acknowledges the record (CMP-8) */
        post: operations["signOffComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/return-visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回访 Record the return visit and the satisfaction; dissatisfied reopens (CMP-9) */
        post: operations["recordReturnVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/visit-attempt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回访未接通 An attempt that did not reach the customer; the third makes them unreachable (DESK-4) */
        post: operations["recordVisitAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/exempt-visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 免回访 Exempt from the return visit, with the reason (CMP-9) */
        post: operations["exemptReturnVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新处理 Reopen a resolved or closed complaint (CMP-9) */
        post: operations["reopenComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结案 Close a resolved complaint whose return visit is done or exempt (CMP-5, CMP-9) */
        post: operations["closeComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复 Answer a suggestion, praise or enquiry (CMP-13) */
        post: operations["answerComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 合并重复登记 Merge a duplicate into the entry that stays; both histories are kept (CMP-16) */
        post: operations["mergeComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/category": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设定类别 Set or correct the category with a reason; an unrouted entry goes to the category’s department (CMP-2, GEN-3) */
        post: operations["categoriseComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/reconciliations/{communityId}/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日盘点 A day of the register: its entries, the gaps (no handler, no promised time, overdue, nothing done), counts and the sign-off (CMP-6) */
        get: operations["getDayReconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/reconciliations/{communityId}/{date}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 盘点签字 Sign an ended day’s reconciliation with the gaps as they stand; the day is then locked (CMP-6) */
        post: operations["signOffDay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 满意度调查 Surveys newest first, by community, year or kind (SAT-1, SAT-2) */
        get: operations["listSurveys"];
        put?: never;
        /** 创建年度满意度调查 Plan a yearly survey on a random sample of 10–25 % of occupied households, drawn from a recorded seed (SAT-2) */
        post: operations["createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 满意度得分 Scores per community, category and year: counts, share satisfied, a note when the sample is small (SAT-4) */
        get: operations["getSurveyScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/revisits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 经理回访 Very dissatisfied households for the manager to revisit, or revisited (SAT-3) */
        get: operations["listSurveyRevisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/responses/{id}/revisit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录经理回访 Record the manager’s revisit of a very dissatisfied household, once (SAT-3) */
        post: operations["closeSurveyRevisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看满意度调查 One survey with its sample, seed and progress (SAT-1, SAT-2) */
        get: operations["getSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 调查答卷 A survey’s answers newest first (SAT-3) */
        get: operations["listSurveyResponses"];
        put?: never;
        /** 录入答卷 Record a household’s answers: each raised item becomes a register entry, a very dissatisfied household is put on the revisit list (SAT-3) */
        post: operations["recordSurveyResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/complaints-weekly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投诉处理周报 A community’s week (Monday to Sunday in its time zone): received, resolved, overdue, by category and department, satisfaction, typical cases (CMP-12) */
        get: operations["getWeeklyComplaintReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/complaints-rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投诉季报/年报 The company’s quarter (2026-Q4) or year (2026): a line per community the caller sees and the total (CMP-12) */
        get: operations["getComplaintRollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/typical-case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 标记典型案例 Mark a complaint as a typical case for training, with why, or unmark it; setting the state it has changes nothing (CMP-12) */
        put: operations["setTypicalCase"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/complaints-weekly.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出投诉处理周报 The weekly complaint report as CSV (CMP-12) */
        get: operations["exportWeeklyComplaintReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/complaints-weekly.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出投诉处理周报 The weekly complaint report as an Excel workbook (CMP-12) */
        get: operations["exportWeeklyComplaintReportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/complaints-rollup.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出投诉季报/年报 The quarterly or yearly roll-up as CSV (CMP-12) */
        get: operations["exportComplaintRollupCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/complaints-rollup.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出投诉季报/年报 The quarterly or yearly roll-up as an Excel workbook (CMP-12) */
        get: operations["exportComplaintRollupXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/reconciliation-pack.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出日盘点 A day’s reconciliation pack as CSV: entries, gaps, sign-off (CMP-6) */
        get: operations["exportReconciliationPackCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/reconciliation-pack.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出日盘点 A day’s reconciliation pack as an Excel workbook: entries, gaps, sign-off (CMP-6) */
        get: operations["exportReconciliationPackXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/complaints-register.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出投诉登记台账 The register, filtered as the list is, as CSV; every page, streamed (DESK-2, CMP-12) */
        get: operations["exportComplaintRegisterCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/complaints-register.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出投诉登记台账 The register, filtered as the list is, as an Excel workbook; every page, streamed (DESK-2, CMP-12) */
        get: operations["exportComplaintRegisterXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报表订阅 The report subscriptions of the caller’s communities (CMP-12) */
        get: operations["listReportSubscriptions"];
        put?: never;
        /** 订阅报表 Subscribe a community to the weekly report or the quarterly roll-up, produced once per period as CSV or XLSX (CMP-12) */
        post: operations["createReportSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/subscriptions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消订阅 Stop a report subscription; the reports produced stay (CMP-12) */
        post: operations["cancelReportSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已生成报表 A produced report, with its figures as they were when produced (CMP-12) */
        get: operations["getReportDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/deliveries/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载已生成报表 The produced report’s file, in the subscribed format (CSV or XLSX), from its frozen figures (CMP-12) */
        get: operations["getReportDeliveryFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decorations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 装修申请列表 Decoration applications by community, unit or status (RES-5) */
        get: operations["listDecorations"];
        put?: never;
        /** 装修申请 Apply for a secondary decoration; it starts as a draft (RES-5) */
        post: operations["applyForDecoration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decorations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看装修申请 Read a decoration application with its history (RES-5, GEN-3) */
        get: operations["getDecoration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decorations/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 更新申请资料 Replace the documents of a draft or returned application (RES-5) */
        put: operations["updateDecorationDocuments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decorations/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交申请 Submit the application; the deposit and waste-removal fee are billed (RES-5) */
        post: operations["submitDecoration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decorations/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 图纸审核 Approve the drawings, or reject them with reasons and return the application (RES-5) */
        post: operations["reviewDecoration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decorations/{id}/issue-passes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发放施工人员出入证 Issue worker passes; the works start (RES-5) */
        post: operations["issueWorkerPasses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decorations/{id}/patrol-findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 装修巡查记录 Record a patrol finding; damage is charged against the deposit (RES-5) */
        post: operations["recordPatrolFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decorations/{id}/request-inspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请竣工验收 Ask for the completion inspection or re-inspection (RES-5) */
        post: operations["requestDecorationInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decorations/{id}/inspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 竣工验收 Record the completion inspection: passed (the 90-day deposit refund clock starts) or failed with items to fix (RES-5, BIL-9) */
        post: operations["recordDecorationInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decorations/{id}/repair-confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复查业主自行修复 Confirm at re-inspection that the resident repaired a damage; a repair not done is charged to the deposit (RES-5, BIL-8) */
        post: operations["confirmDamageRepair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decorations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回申请 Withdraw an application before the works start (RES-5) */
        post: operations["cancelDecoration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/caller-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 来电弹屏 Who this number may be: households and roles, open complaints and repairs, recent contacts, arrears, incidents and flags, masked and scoped, with a register entry to start (DESK-3) */
        get: operations["getCallerCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incoming-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 来电列表 Calls to the desk lines newest first, numbers masked; status=ringing is waiting (DESK-3) */
        get: operations["listIncomingCalls"];
        put?: never;
        /** 来电上报 The telephony system reports a call to a desk line; the same call id twice in one community is one call (DESK-3, decision 0304) */
        post: operations["recordIncomingCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incoming-calls/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接听来电 Take a ringing call and see its caller card; another desk that took it first makes this 409 (DESK-3) */
        post: operations["takeIncomingCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/file-access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请调阅档案 Ask to borrow or export a resident's file (RES-8) */
        post: operations["requestFileAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file-access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 档案调阅申请列表 File requests by community and status (RES-8) */
        get: operations["listFileAccessRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file-access-requests/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的档案调阅申请 The caller's own file requests and whether they were approved (RES-8) */
        get: operations["listMyFileAccessRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file-access-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批档案调阅 A manager approves or rejects a file request, never their own (RES-8) */
        post: operations["decideFileAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file-access-requests/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看已批准的档案 Read the approved file in full, unmasked; every read is logged (RES-8, GEN-4) */
        get: operations["readResidentFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/handover-inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记验房结果 Record the handover inspection; each defect becomes a repair request (RES-3) */
        post: operations["recordHandoverInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handover-inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 验房记录列表 Handover inspections by community, unit, date and whether they found defects, newest first (RES-3) */
        get: operations["listHandoverInspections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/early-warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投诉预警 Early warnings newest first; status=open is what still needs doing (CMP-11) */
        get: operations["listEarlyWarnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/early-warnings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看预警 One early warning with its complaints and what was done (CMP-11) */
        get: operations["getEarlyWarning"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/early-warnings/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 预警处理记录 Record what was done about a warning; close=true settles it (CMP-11) */
        post: operations["recordEarlyWarningAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/early-warnings/{id}/incident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 预警转突发事件 Turn a warning into an incident with the warning's open complaints; the building gets one notice (CMP-11, CMP-15) */
        post: operations["openIncidentFromWarning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{id}/early-warning-rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预警规则 The community’s warning threshold and window, or the defaults of 3 in 7 days (CMP-11) */
        get: operations["getEarlyWarningRule"];
        /** 设置预警规则 Set the community’s warning threshold and window for the next registrations (CMP-11) */
        put: operations["setEarlyWarningRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 突发事件 Incidents newest first, by community, status or affected building (CMP-15) */
        get: operations["listIncidents"];
        put?: never;
        /** 登记突发事件 Open an incident for a known outage (water, power, lift); the affected households get one notice (CMP-15) */
        post: operations["openIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看突发事件 One incident with its counts (CMP-15) */
        get: operations["getIncident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关联投诉 Attach complaints in bulk: all or none, each refused one named; attaching again changes nothing (CMP-15) */
        post: operations["attachIncidentComplaints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭突发事件 Close with what was done and the outcome; its complaints are resolved with that record, once (CMP-15) */
        post: operations["closeIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/equipment-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 首年设备使用报告 Communities’ first-year equipment reports, by status or overdue (MNT-12) */
        get: operations["listEquipmentReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/equipment-reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交设备使用报告 Submit the report with its summary and fault count; once (MNT-12) */
        post: operations["submitEquipmentReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/paid-service-prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 有偿服务价目表 The company’s paid-service price list (MNT-4) */
        get: operations["listPaidServicePrices"];
        put?: never;
        /** 设置价目 Add or change an item of the price list (MNT-4) */
        post: operations["setPaidServicePrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proactive-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 主动回访 Visits due after handover and fit-out (15–30 days, 3 and 6 months), by community, unit, status, due date or overdue (MNT-12) */
        get: operations["listProactiveVisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proactive-visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看主动回访 One proactive visit (MNT-12) */
        get: operations["getProactiveVisit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proactive-visits/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记回访 Record the visit as made: how, the satisfaction and what the resident raised; once (MNT-12) */
        post: operations["recordProactiveVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报修单列表 Repair requests, newest first, by community, progress or overdue */
        get: operations["listRepairRequests"];
        put?: never;
        /** 报修登记 Register a repair request from a resident or a patrol; emergencies are due on site in 30 minutes (MNT-1) */
        post: operations["registerRepairRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看报修单 Read a repair request with its clocks and survey */
        get: operations["getRepairRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-requests/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报修记录 Every change of a repair request: who, when, what and why (GEN-3) */
        get: operations["getRepairRequestHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-requests/{id}/arrival": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 到达现场 Someone is on site (an emergency: within 30 minutes, MNT-1) */
        post: operations["recordRepairArrival"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-requests/{id}/made-safe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 排除险情 An emergency was made safe (within 12 hours, MNT-1) */
        post: operations["recordRepairMadeSafe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-requests/{id}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 现场勘察会签 The signed site survey: participants (the contractor from 500 yuan), responsible party, warranty (MNT-2, MNT-3) */
        post: operations["recordRepairSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消报修 Cancel a request that has no work order, with the reason */
        post: operations["cancelRepairRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 维修班组 The company’s repair teams, or those serving a community: dispatch picks from them (MNT-7) */
        get: operations["listRepairTeams"];
        put?: never;
        /** 新增维修班组 Add a repair team to the directory (a chief engineer who sees every community, else 403); its id is the one its revolving fund is kept under (MNT-13) */
        post: operations["createRepairTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technician-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 维修人员考评 Technician and team scores for a quarter or a year, from sign-off opinions and return visits (MNT-11) */
        get: operations["getTechnicianScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warranty-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 保修期设置 Override a component’s warranty period for the company or one community (MNT-3) */
        post: operations["setWarrantyPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派工单列表 Work orders, newest first; `mine=true` is a technician’s own queue (MNT-7) */
        get: operations["listWorkOrders"];
        put?: never;
        /** 开具派工单 Open the work order of a surveyed request: type from the survey, price list for type C, approval chain by amount, completion deadline (MNT-4, MNT-5, MNT-6) */
        post: operations["createWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看派工单 Read a work order with its approvals, work, checks and settlement */
        get: operations["getWorkOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派工单记录 Every change of a work order: who, when, what and why (GEN-3) */
        get: operations["getWorkOrderHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批 Take the next step of the chain: ≤1,000 yuan cs-manager; ≤10,000 deputy chief engineer then deputy GM; above, GM; never the requester (MNT-6) */
        post: operations["approveWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批退回 Send the estimate back with the reason: the approver of the step due; the order is closed as returned and its request surveyed again (MNT-6, decision 0324) */
        post: operations["returnWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 派工 Dispatch to a technician of the team or to the contractor; a dispatched order not yet started is dispatched again with a `reason` (MNT-6, MNT-7, decision 0323) */
        post: operations["dispatchWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/arrival": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 到场 The technician arrived (MNT-7) */
        post: operations["recordWorkOrderArrival"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 施工记录 Work done, materials and photo references (MNT-7) */
        post: operations["recordWorkOrderWork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报完工 The work is finished and waits for its completion check (MNT-7) */
        post: operations["finishWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 竣工检查 The completion check; a failed one returns the order to execution (MNT-8) */
        post: operations["recordCompletionCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 业主签认 The customer signs off with an opinion; the order is completed (MNT-8, BIL-7) */
        post: operations["signOffWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 延期 A later completion deadline with the customer’s recorded consent (MNT-5) */
        post: operations["extendWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/return-visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回访 The return visit within 1 working day of completion; a resident who refused visits is exempt (MNT-10, RES-7) */
        post: operations["recordWorkOrderReturnVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/settlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交决算 The team lead’s final account (MNT-9) */
        post: operations["submitSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/settlement/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核结算 Review the final account: customer service up to 20,000 yuan, audit above; types B and C are then settled (MNT-9, MNT-13) */
        post: operations["reviewSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/settlement/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承建商确认 The contractor confirms a type-A settlement (MNT-9) */
        post: operations["confirmSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/settlement/certify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 认证结算 The deputy chief engineer certifies a type-A settlement; the contractor’s deposit is deducted (MNT-9, BIL-10) */
        post: operations["certifySettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/settlement/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 周转金支付 Ask billing again to pay the team from its revolving fund (pending or refused draws, MNT-13) */
        post: operations["retryFundDraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消派工单 Cancel an order not yet started, with the reason; its repair request returns to surveyed for a new order (decision 0263) */
        post: operations["cancelWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/move-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理入住 Open the move-in procedure; the move-in charges are requested from billing (RES-4) */
        post: operations["startMoveIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看入住手续 Read a move-in and what it still lacks (RES-4) */
        get: operations["getMoveIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins/{id}/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签收业户手册与装修须知 Record the handbook and decoration rules acknowledged (RES-4) */
        post: operations["acknowledgeMoveIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记钥匙交接 Record the keys and cards handed over (RES-4) */
        post: operations["recordMoveInKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 完成入住 Complete the move-in once every precondition holds, an owner's handover inspection included (RES-4, RES-3) */
        post: operations["completeMoveIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/tenant-move-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理租户入住 Open a tenant's move-in after the lease is signed; the contract deposit is requested from billing (RES-4, BIL-8) */
        post: operations["startTenantMoveIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消入住 Cancel an open move-in with a reason; its charges are withdrawn from billing (RES-4) */
        post: operations["cancelMoveIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 入住手续列表 Move-ins by community, unit, status, kind and planned date, newest first (RES-4) */
        get: operations["listMoveIns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/move-outs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请迁出 Request a move-out; refused while the unit owes anything (RES-6) */
        post: operations["requestMoveOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-outs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看迁出手续 Read a move-out (RES-6) */
        get: operations["getMoveOut"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-outs/{id}/inspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 迁出验房 Record the move-out inspection; damages are charged to the leaver (RES-6) */
        post: operations["recordMoveOutInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-outs/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 完成迁出 Complete the move-out once billing confirms everything is settled (RES-6) */
        post: operations["completeMoveOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-outs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消迁出 Cancel a move-out not completed yet, with a reason (RES-6) */
        post: operations["cancelMoveOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/move-outs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 迁出手续列表 Move-outs by community, unit, status and date, newest first (RES-6) */
        get: operations["listMoveOuts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/occupancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关联房屋与人员 Link a person to a unit as owner, tenant, member or emergency contact (RES-2) */
        post: operations["startOccupancy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/occupancies/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束入住关系 End an occupancy; it stays in the history. An owner's or tenant's ends only when billing reports the unit clear (RES-2, RES-6) */
        post: operations["endOccupancy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/{service}/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 死信列表 Dead letters of a service, newest first (open by default) */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/{service}/dead-letters/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重放死信 Apply a dead letter’s event now, once at most */
        post: operations["replayDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/{service}/dead-letters/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 丢弃死信 Give up on a dead letter for good */
        post: operations["discardDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/{service}/outbox-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待发布事件 Outbox events of a service by status (parked by default) */
        get: operations["listOutboxEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/{service}/outbox-events/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新发布 Publish a parked event again */
        post: operations["retryOutboxEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/{service}/outbox-events/{id}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 跳过事件 Never publish a parked event; its aggregate’s later events flow */
        post: operations["skipOutboxEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查找客户 Find people by name, full phone or unit; one of them is required, results masked (GEN-4) */
        get: operations["searchPeople"];
        put?: never;
        /** 登记客户 Register a person in a community's resident file (RES-2) */
        post: operations["registerPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看客户（脱敏） Read a person, phone and ID number masked (GEN-4) */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改客户档案 Change the fields given of a person, with the reason kept in the history (RES-2, GEN-3) */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/api/v1/people/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看完整联系信息 See phone and ID number in full; logged with who, when and the reason (GEN-4) */
        post: operations["revealPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置联系偏好 Refuse return visits or choose a channel (RES-7) */
        put: operations["setContactPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personal-data-access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 个人信息查看记录 The log of full views of personal data (GEN-4) */
        get: operations["listPersonalDataAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 客户办理记录 The move-ins, move-outs and decorations a person took part in, newest first (RES-2, GEN-3) */
        get: operations["getPersonHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shift-handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 交接班记录 Handovers newest first; with a date and reviewed=false, the supervisor's daily review (DESK-1) */
        get: operations["listShiftHandovers"];
        put?: never;
        /** 交班 Hand the shift over to the incoming staff member, with the open items, promised call-backs and active matters (DESK-1) */
        post: operations["createShiftHandover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shift-handovers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看交接班 Read a handover with what was pending when it was made (DESK-1) */
        get: operations["getShiftHandover"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shift-handovers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接班 The incoming staff member accepts the handover; anyone else gets 403 (DESK-1) */
        post: operations["acceptShiftHandover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shift-handovers/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 拒绝接班 The incoming staff member refuses, saying why; it goes to the supervisor; anyone else gets 403 (DESK-1) */
        post: operations["refuseShiftHandover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shift-handovers/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 主管审阅 The supervisor’s daily review of an accepted or refused handover, once (DESK-1) */
        post: operations["reviewShiftHandover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buildings/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增房屋 Add a unit to a building (RES-1) */
        post: operations["createUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buildings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 更正楼栋信息 Correct a building's name or floors, with the reason kept; its units' labels follow (RES-1, GEN-3) */
        patch: operations["updateBuilding"];
        trace?: never;
    };
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看房屋 Read a unit with its current occupants, phones masked; occupants only for roles that read people (RES-1, GEN-4) */
        get: operations["getUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 更正房屋信息 Correct a unit's number, floor, type, area or handover date, with the reason kept (RES-1, GEN-3) */
        patch: operations["updateUnit"];
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房屋列表 Units by community, building, status, type, or as people say them, e.g. 3-1201 (RES-1) */
        get: operations["listUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房屋履历 A unit's timeline, newest first: occupancies, move-ins, move-outs, inspections, decorations and corrections, with who and why (GEN-3) */
        get: operations["getUnitHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptanceSignatureV1: {
            /** @enum {string} */
            department: "customer-service" | "engineering" | "security";
            headName: string;
        };
        AcceptanceSignatureView: {
            departmentLabel: string;
            /** @enum {string} */
            department: "customer-service" | "engineering" | "security";
            headName: string;
        };
        AccrueLateFeesV1: {
            communityId: string;
            /** Format: date */
            asOf: string;
        };
        AcknowledgementsV1: {
            handbook: boolean;
            decorationRules: boolean;
        };
        AddressV1: {
            province: string;
            city: string;
            district: string;
            street: string;
        };
        AnswerV1: {
            answer: string;
        };
        AnsweredEntriesView: {
            /** @enum {string} */
            code: "suggestion" | "praise";
            label: string;
            received: number;
            answered: number;
        };
        ApplyForDecorationV1: {
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            applicantPersonId: string;
            scope: string;
            contractor: components["schemas"]["ContractorV1"];
            schedule: components["schemas"]["DecorationScheduleV1"];
            workers: components["schemas"]["WorkerV1"][];
            drawings: components["schemas"]["DocumentRefV1"][];
            agreement?: components["schemas"]["DecorationAgreementV1"];
        };
        ApportionSharedMeterV1: {
            communityId: string;
            period: string;
            meterCode: string;
            /** @enum {string} */
            utility: "public-water" | "public-electricity" | "overtime-air-conditioning";
            /** @enum {string} */
            basis: "floor-area" | "sub-meter";
            amountFen: number;
            units: components["schemas"]["SharedMeterUnitV1"][];
            note?: string;
        };
        ApprovalReturnDetailsV1: {
            reason: string;
        };
        ApprovalView: {
            /** @enum {string} */
            step: "cs-manager-approval" | "deputy-chief-engineer-review" | "deputy-gm-approval" | "gm-approval";
            stepLabel: string;
            by?: components["schemas"]["StaffRef"];
            /** Format: date-time */
            at?: string;
        };
        ArrearsItemView: {
            /** Format: uuid */
            billId: string;
            number: string;
            /** Format: uuid */
            unitId: string;
            unitLabel?: string;
            /** Format: uuid */
            payerPersonId?: string;
            description: string;
            /** Format: date */
            dueDate: string;
            outstandingFen: number;
            daysOverdue: number;
            /** @enum {string} */
            reminderStage: "none" | "day-15" | "day-30" | "day-60";
            reminderStageLabel: string;
        };
        ArrearsView: {
            communityId: string;
            /** Format: date */
            asOf: string;
            totalFen: number;
            billCount: number;
            items: components["schemas"]["ArrearsItemView"][];
            nextCursor?: string;
        };
        ArrivalDetailsV1: {
            /** Format: date-time */
            arrivedAt: string;
            note?: string;
        };
        AssignmentV1: {
            /** @enum {string} */
            department?: "engineering" | "cleaning" | "security" | "landscaping" | "customer-service" | "finance" | "management";
            handler: components["schemas"]["ComplaintHandlerV1"];
            note?: string;
        };
        BillLineView: {
            /** Format: uuid */
            id: string;
            itemCode: string;
            itemLabel: string;
            description: string;
            amountFen: number;
            paidFen: number;
            creditedFen: number;
        };
        BillView: {
            /** Format: uuid */
            id: string;
            number: string;
            communityId: string;
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            payerPersonId?: string;
            /** @enum {string} */
            source: "periodic" | "charge-request" | "work-order" | "deposit-shortfall" | "late-fee" | "shared-meter" | "metered";
            sourceLabel: string;
            description: string;
            amountFen: number;
            paidFen: number;
            creditedFen: number;
            outstandingFen: number;
            /** @enum {string} */
            status: "open" | "paid" | "cancelled";
            statusLabel: string;
            /** Format: date-time */
            issuedAt: string;
            /** Format: date */
            dueDate: string;
            lines: components["schemas"]["BillLineView"][];
        };
        BillingRunView: {
            communityId: string;
            period: string;
            /** @enum {string} */
            status: "running" | "completed";
            statusLabel: string;
            billsIssued: number;
            totalFen: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            completedAt?: string;
        };
        BuildingChangesV1: {
            name?: string;
            floorsAboveGround?: number;
            floorsBelowGround?: number;
            reason: string;
        };
        BuildingDetailsV1: {
            code: string;
            name: string;
            floorsAboveGround: number;
            floorsBelowGround?: number;
        };
        BuildingView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            code: string;
            name: string;
            floorsAboveGround: number;
            floorsBelowGround: number;
            unitCount: number;
        };
        CalendarDaysV1: {
            holidays: string[];
            makeUpWorkdays: string[];
        };
        CalendarYearView: {
            companyId: string;
            year: number;
            defined: boolean;
            version: number;
            /** Format: date-time */
            updatedAt?: string;
            holidays: string[];
            makeUpWorkdays: string[];
        };
        CallBackOutcomeV1: {
            outcome: string;
        };
        CallBackView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            /** Format: uuid */
            complaintId: string;
            number: string;
            /** @enum {string} */
            reason: "escalated";
            reasonLabel: string;
            /** @enum {string} */
            escalationLevel: "handler" | "supervisor" | "manager" | "general-manager";
            escalationLevelLabel: string;
            /** @enum {string} */
            channel?: "phone" | "sms" | "visit" | "app";
            channelLabel?: string;
            customer: components["schemas"]["ComplaintCustomerView"];
            /** Format: uuid */
            personId?: string;
            /** Format: date-time */
            dueAt: string;
            overdue: boolean;
            /** @enum {string} */
            status: "open" | "done" | "merged";
            statusLabel: string;
            outcome?: string;
            /** Format: date-time */
            doneAt?: string;
            doneBy?: components["schemas"]["StaffRef"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CallerAccountView: {
            clear: boolean;
            owedFen: number;
            overdueFen: number;
        };
        CallerCardView: {
            phone: string;
            /** Format: date-time */
            lookedUpAt: string;
            people: components["schemas"]["CallerPersonView"][];
            households: components["schemas"]["CallerHouseholdView"][];
            openEntries: components["schemas"]["ComplaintSummaryView"][];
            recentContacts: components["schemas"]["ComplaintSummaryView"][];
            flags: components["schemas"]["CallerFlagView"][];
            incidents: components["schemas"]["IncidentView"][];
            registerEntry: components["schemas"]["CallerRegisterDraftView"];
            incomingCall?: components["schemas"]["IncomingCallView"];
            unavailable: string[];
        };
        CallerDraftCustomerV1: {
            surname?: string;
            phone: string;
        };
        CallerFlagView: {
            /** @enum {string} */
            code: "major-complainant" | "repeat-complainant" | "recently-dissatisfied" | "escalated";
            label: string;
            detail: string;
        };
        CallerHouseholdView: {
            /** Format: uuid */
            unitId: string;
            unitLabel: string;
            communityId: string;
            /** Format: uuid */
            buildingId?: string;
            openRepairs: components["schemas"]["CallerRepairView"][];
            account?: components["schemas"]["CallerAccountView"];
        };
        CallerPersonView: {
            /** Format: uuid */
            personId: string;
            name: string;
            communityId: string;
            phone: string;
            roles: components["schemas"]["CallerRoleView"][];
        };
        CallerRegisterDraftView: {
            communityId?: string;
            /** @enum {string} */
            channel: "call";
            customer: components["schemas"]["CallerDraftCustomerV1"];
            /** Format: uuid */
            unitId?: string;
            /** Format: uuid */
            personId?: string;
        };
        CallerRepairView: {
            /** Format: uuid */
            repairRequestId: string;
            number: string;
            /** @enum {string} */
            progress: "accepted" | "surveyed" | "approved" | "dispatched" | "in-progress" | "completed" | "settled" | "cancelled";
            progressLabel: string;
            /** @enum {string} */
            urgency: "emergency" | "normal";
            description: string;
            /** Format: date-time */
            receivedAt: string;
        };
        CallerRoleView: {
            /** Format: uuid */
            unitId: string;
            unitLabel: string;
            /** @enum {string} */
            role: "owner" | "tenant" | "household-member" | "emergency-contact";
            roleLabel: string;
        };
        CancellationDetailsV1: {
            reason: string;
        };
        CancellationV1: {
            reason: string;
        };
        CategorisationV1: {
            /** @enum {string} */
            category: "engineering-quality" | "cleaning" | "security" | "landscaping" | "service-attitude" | "fees" | "neighbour" | "noise" | "parking" | "design" | "public-utilities" | "other";
            reason: string;
        };
        ClearanceView: {
            /** Format: uuid */
            unitId: string;
            clear: boolean;
            totalOwedFen: number;
            openItems: components["schemas"]["OpenItemView"][];
            /** Format: date-time */
            asOf: string;
        };
        ClosingV1: {
            note?: string;
        };
        CollectionRateView: {
            communityId: string;
            period: string;
            /** Format: date */
            asOf?: string;
            billedFen: number;
            collectedFen: number;
            rateBasisPoints?: number;
        };
        CommunityChangesV1: {
            name?: string;
            /** @enum {string} */
            kind?: "residential" | "office" | "commercial" | "mixed";
            address?: components["schemas"]["AddressV1"];
            reason: string;
        };
        CommunityView: {
            id: string;
            companyId: string;
            name: string;
            /** @enum {string} */
            kind: "residential" | "office" | "commercial" | "mixed";
            kindLabel: string;
            address: components["schemas"]["AddressV1"];
            timeZone: string;
            buildingCount: number;
            unitCount: number;
            /** Format: date-time */
            createdAt: string;
        };
        CompanySettingsV1: {
            name?: string;
            decorationDepositRefundDays?: number;
            reason: string;
        };
        CompanyView: {
            id: string;
            name: string;
            decorationDepositRefundDays: number;
        };
        ComplaintCountsView: {
            communityId?: string;
            /** Format: date-time */
            asOf: string;
            open: number;
            byStatus: components["schemas"]["ComplaintStatusCount"][];
            overdue: number;
            escalated: number;
            major: number;
        };
        ComplaintCustomerV1: {
            anonymous?: boolean;
            surname?: string;
            /** @description A mainland mobile or landline number in any common format, e.g. +86 138 0013 8000 or 020-88881234 转 601 */
            phone?: string;
        };
        ComplaintCustomerView: {
            anonymous: boolean;
            surname?: string;
            phone?: string;
        };
        ComplaintHandlerV1: {
            staffId: string;
            name: string;
        };
        ComplaintHistoryEntryView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            complaintId: string;
            action: string;
            actionLabel: string;
            actorId: string;
            actorName: string;
            /** Format: date-time */
            at: string;
            changes?: Record<string, never>;
            reason?: string;
        };
        ComplaintHistoryView: {
            /** Format: uuid */
            complaintId: string;
            entries: components["schemas"]["ComplaintHistoryEntryView"][];
        };
        ComplaintReportFigures: {
            received: number;
            resolved: number;
            overdue: number;
            byCategory: components["schemas"]["LabelledCountView"][];
            byDepartment: components["schemas"]["LabelledCountView"][];
            byIntent: components["schemas"]["LabelledCountView"][];
            suggestionsAndPraise: components["schemas"]["AnsweredEntriesView"][];
            satisfaction: components["schemas"]["LabelledCountView"][];
            visited: number;
            satisfiedBasisPoints?: number;
        };
        ComplaintRollupLineView: {
            communityId: string;
            communityName: string;
            timeZone: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            typicalCaseCount: number;
            received: number;
            resolved: number;
            overdue: number;
            byCategory: components["schemas"]["LabelledCountView"][];
            byDepartment: components["schemas"]["LabelledCountView"][];
            byIntent: components["schemas"]["LabelledCountView"][];
            suggestionsAndPraise: components["schemas"]["AnsweredEntriesView"][];
            satisfaction: components["schemas"]["LabelledCountView"][];
            visited: number;
            satisfiedBasisPoints?: number;
        };
        ComplaintRollupView: {
            period: string;
            /** Format: date */
            firstDay: string;
            /** Format: date */
            lastDay: string;
            /** Format: date-time */
            asOf: string;
            communities: components["schemas"]["ComplaintRollupLineView"][];
            total: components["schemas"]["ComplaintReportFigures"];
            typicalCaseCount: number;
        };
        ComplaintStatusCount: {
            /** @enum {string} */
            status: "registered" | "assigned" | "in-progress" | "resolved" | "negotiating" | "reopened" | "closed" | "explained" | "answered" | "referred" | "merged";
            statusLabel: string;
            count: number;
        };
        ComplaintSummaryView: {
            /** Format: uuid */
            complaintId: string;
            number: string;
            /** @enum {string} */
            kind: "complaint" | "suggestion" | "praise" | "enquiry" | "repair";
            kindLabel: string;
            /** @enum {string} */
            status: "registered" | "assigned" | "in-progress" | "resolved" | "negotiating" | "reopened" | "closed" | "explained" | "answered" | "referred" | "merged";
            statusLabel: string;
            /** @enum {string} */
            category?: "engineering-quality" | "cleaning" | "security" | "landscaping" | "service-attitude" | "fees" | "neighbour" | "noise" | "parking" | "design" | "public-utilities" | "other";
            categoryLabel?: string;
            /** Format: date-time */
            receivedAt: string;
            handler?: components["schemas"]["StaffRef"];
            /** Format: date-time */
            promisedAt?: string;
            /** @enum {string} */
            escalationLevel: "handler" | "supervisor" | "manager" | "general-manager";
            escalationLevelLabel: string;
            major: boolean;
            /** Format: date-time */
            overdueSince?: string;
        };
        ComplaintView: {
            /** Format: uuid */
            id: string;
            number: string;
            companyId: string;
            communityId: string;
            /** @enum {string} */
            kind: "complaint" | "suggestion" | "praise" | "enquiry" | "repair";
            kindLabel: string;
            /** @enum {string} */
            channel: "call" | "visit" | "letter" | "owner-app" | "return-visit" | "patrol" | "survey";
            channelLabel: string;
            /** @enum {string} */
            status: "registered" | "assigned" | "in-progress" | "resolved" | "negotiating" | "reopened" | "closed" | "explained" | "answered" | "referred" | "merged";
            statusLabel: string;
            customer: components["schemas"]["ComplaintCustomerView"];
            /** Format: uuid */
            unitId?: string;
            location?: string;
            description: string;
            demand: string;
            /** @enum {string} */
            category?: "engineering-quality" | "cleaning" | "security" | "landscaping" | "service-attitude" | "fees" | "neighbour" | "noise" | "parking" | "design" | "public-utilities" | "other";
            categoryLabel?: string;
            /** @enum {string} */
            intent?: "solve-problem" | "vent" | "expectation";
            intentLabel?: string;
            /** Format: date-time */
            receivedAt: string;
            receivedBy: components["schemas"]["StaffRef"];
            /** Format: uuid */
            buildingId?: string;
            /** Format: uuid */
            personId?: string;
            /** @enum {string} */
            department?: "engineering" | "cleaning" | "security" | "landscaping" | "customer-service" | "finance" | "management";
            departmentLabel?: string;
            handler?: components["schemas"]["StaffRef"];
            /** Format: date-time */
            assignedAt?: string;
            /** Format: date-time */
            acknowledgedAt?: string;
            /** Format: date-time */
            promisedAt?: string;
            feedback?: string;
            /** Format: date-time */
            feedbackAt?: string;
            /** @enum {string} */
            escalationLevel: "handler" | "supervisor" | "manager" | "general-manager";
            escalationLevelLabel: string;
            major: boolean;
            majorReasons?: ("media-threat" | "injury" | "group-complaint" | "large-loss")[];
            majorReasonLabels?: string[];
            meeting?: components["schemas"]["MeetingRecordV1"];
            paused: boolean;
            /** @enum {string} */
            pauseReason?: "no-access" | "customer-away" | "awaiting-customer" | "other";
            pauseReasonLabel?: string;
            measures?: string;
            result?: string;
            /** Format: date-time */
            resolvedAt?: string;
            explanation?: string;
            signOffs: components["schemas"]["SignOffView"][];
            returnVisit: components["schemas"]["ReturnVisitView"];
            reopenCount: number;
            answer?: string;
            /** Format: date-time */
            closedAt?: string;
            /** Format: uuid */
            mergedIntoId?: string;
            mergedFromIds: string[];
            repairRequested: boolean;
            /** Format: uuid */
            repairRequestId?: string;
            repairRequestNumber?: string;
            repairStatus?: string;
            repairStatusLabel?: string;
            overdue: boolean;
            deadlines: components["schemas"]["DeadlineView"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CompleteMoveInBodyV1: {
            /** Format: date-time */
            movedInAt: string;
        };
        CompletionCheckDetailsV1: {
            passed: boolean;
            inspectors: string[];
            itemsToFix?: string;
            note?: string;
        };
        CompletionCheckView: {
            /** Format: date-time */
            at: string;
            passed: boolean;
            inspectors: string[];
            itemsToFix?: string;
        };
        ContactPreferencesChangeV1: {
            reason?: string;
            refuseReturnVisits: boolean;
            /** @enum {string} */
            preferredChannel: "phone" | "sms" | "visit" | "app";
        };
        ContactPreferencesV1: {
            refuseReturnVisits: boolean;
            /** @enum {string} */
            preferredChannel: "phone" | "sms" | "visit" | "app";
        };
        ContactPreferencesView: {
            /** Format: uuid */
            personId: string;
            preferredChannelLabel: string;
            reason?: string;
            refuseReturnVisits: boolean;
            /** @enum {string} */
            preferredChannel: "phone" | "sms" | "visit" | "app";
        };
        ContractorConfirmationDetailsV1: {
            contractorSignatory: string;
            note?: string;
        };
        ContractorV1: {
            name: string;
            licenseNumber?: string;
            managerName: string;
            /** @description A mainland mobile or landline number in any common format, e.g. +86 138 0013 8000 or 020-88881234 转 601 */
            managerPhone: string;
        };
        CreateCommunityV1: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "residential" | "office" | "commercial" | "mixed";
            address: components["schemas"]["AddressV1"];
            timeZone?: string;
        };
        CreateRepairTeamV1: {
            /** Format: uuid */
            id?: string;
            name: string;
            communityIds?: string[];
        };
        CreateShiftHandoverV1: {
            communityId: string;
            to: components["schemas"]["IncomingStaffV1"];
            /** Format: date-time */
            shiftEndsAt?: string;
            summary: string;
            notes?: string;
        };
        CreateSurveyV1: {
            communityId: string;
            year: number;
            samplePercent?: number;
            seed?: string;
        };
        CreateWorkOrderV1: {
            /** Format: uuid */
            repairRequestId: string;
            description: string;
            estimateFen?: number;
            paidServices?: components["schemas"]["PaidServiceLineV1"][];
        };
        CreditEntryView: {
            /** @enum {string} */
            kind: "overpayment" | "applied" | "refund" | "reversal" | "returned" | "unapplied";
            kindLabel: string;
            /** Format: uuid */
            payerPersonId: string;
            amountFen: number;
            reference?: string;
            description: string;
            /** Format: date-time */
            at: string;
        };
        CreditNoteBodyV1: {
            amountFen: number;
            reason: string;
        };
        CreditRefundBodyV1: {
            /** Format: uuid */
            payerPersonId: string;
            amountFen: number;
            /** @enum {string} */
            method: "cash" | "bank-transfer" | "wechat-pay" | "alipay" | "card";
            reason: string;
        };
        CustomerAcknowledgementV1: {
            /** Format: date-time */
            promisedAt: string;
            note?: string;
        };
        CustomerConsentV1: {
            /** @enum {boolean} */
            consented: true;
            /** Format: date-time */
            consentedAt: string;
            /** @enum {string} */
            channel: "call" | "visit" | "letter" | "owner-app" | "return-visit" | "patrol" | "survey";
        };
        DamageV1: {
            description: string;
            amountFen: number;
            /** @enum {string} */
            chargeTo: "account" | "deposit";
        };
        DayReconciliationView: {
            communityId: string;
            /** Format: date */
            date: string;
            timeZone: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** Format: date-time */
            asOf: string;
            ended: boolean;
            entries: components["schemas"]["ComplaintSummaryView"][];
            gaps: components["schemas"]["ReconciliationGapView"][];
            countsByKind: components["schemas"]["LabelledCountView"][];
            countsByStatus: components["schemas"]["LabelledCountView"][];
            gapCounts: components["schemas"]["LabelledCountView"][];
            signOff?: components["schemas"]["DaySignOffView"];
        };
        DaySignOffV1: {
            note?: string;
        };
        DaySignOffView: {
            /** Format: uuid */
            id: string;
            by: components["schemas"]["StaffRef"];
            /** Format: date-time */
            at: string;
            note?: string;
            entryCount: number;
            gaps: components["schemas"]["ReconciliationGapView"][];
            gapCounts: components["schemas"]["LabelledCountView"][];
        };
        DeadLetterView: {
            /** Format: uuid */
            id: string;
            consumer: string;
            eventId?: string;
            eventType?: string;
            subject: string;
            streamSeq: number;
            error: string;
            deliveries: number;
            /** @enum {string} */
            status: "open" | "replayed" | "discarded";
            statusLabel: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            resolvedAt?: string;
            resolvedBy?: string;
            resolution?: string;
            payload: string;
        };
        DeadlineExtensionV1: {
            /** Format: date-time */
            until: string;
            reason: string;
            customerConsent: components["schemas"]["CustomerConsentV1"];
        };
        DeadlinePauseV1: {
            /** @enum {string} */
            reason: "no-access" | "customer-away" | "awaiting-customer" | "other";
            note?: string;
        };
        DeadlineView: {
            /** @enum {string} */
            kind: "acknowledge" | "feedback" | "resolve" | "answer" | "return-visit" | "escalation-acknowledge";
            kindLabel: string;
            /** @enum {string} */
            level?: "handler" | "supervisor" | "manager" | "general-manager";
            levelLabel?: string;
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            warnAt: string;
            paused: boolean;
            overdue: boolean;
            /** Format: date-time */
            metAt?: string;
            /** Format: date-time */
            cancelledAt?: string;
        };
        DecorationAgreementV1: {
            fileId: string;
            /** Format: date */
            signedOn: string;
        };
        DecorationDamageV1: {
            description: string;
            amountFen: number;
            /** @enum {string} */
            remedy?: "charge" | "repair";
        };
        DecorationDamageView: {
            remedyLabel: string;
            description: string;
            amountFen: number;
            /** @enum {string} */
            remedy?: "charge" | "repair";
        };
        DecorationDocumentsV1: {
            scope: string;
            contractor: components["schemas"]["ContractorV1"];
            schedule: components["schemas"]["DecorationScheduleV1"];
            workers: components["schemas"]["WorkerV1"][];
            drawings: components["schemas"]["DocumentRefV1"][];
            agreement?: components["schemas"]["DecorationAgreementV1"];
        };
        DecorationEventView: {
            action: string;
            actorName: string;
            /** Format: date-time */
            at: string;
            note?: string;
        };
        DecorationInspectionV1: {
            /** Format: date-time */
            inspectedAt: string;
            /** @enum {string} */
            result: "passed" | "failed";
            itemsToFix?: string[];
            damages: components["schemas"]["DecorationDamageV1"][];
            signatures?: components["schemas"]["AcceptanceSignatureV1"][];
        };
        DecorationInspectionView: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            inspectedAt: string;
            /** @enum {string} */
            result: "passed" | "failed";
            resultLabel: string;
            itemsToFix?: string[];
            damages: components["schemas"]["DecorationDamageView"][];
            signatures?: components["schemas"]["AcceptanceSignatureView"][];
            inspectedBy: components["schemas"]["StaffRef"];
        };
        DecorationScheduleV1: {
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
        };
        DecorationView: {
            /** Format: uuid */
            id: string;
            number: string;
            communityId: string;
            /** Format: uuid */
            unitId: string;
            unitLabel: string;
            /** Format: uuid */
            applicantPersonId: string;
            applicantName: string;
            /** @enum {string} */
            status: "draft" | "awaiting-payment" | "under-review" | "returned" | "approved" | "in-progress" | "awaiting-inspection" | "fixing" | "completed" | "cancelled";
            statusLabel: string;
            scope: string;
            contractor: components["schemas"]["ContractorV1"];
            schedule: components["schemas"]["DecorationScheduleV1"];
            workers: components["schemas"]["WorkerView"][];
            drawings: components["schemas"]["DocumentRefV1"][];
            agreement?: components["schemas"]["DecorationAgreementV1"];
            /** Format: uuid */
            chargeRequestId?: string;
            feesPaid: boolean;
            rejectionReasons?: string[];
            patrolFindings: components["schemas"]["PatrolFindingView"][];
            inspections: components["schemas"]["DecorationInspectionView"][];
            pendingRepairs: components["schemas"]["PendingRepairView"][];
            /** Format: date-time */
            inspectionPassedAt?: string;
            /** Format: date */
            depositRefundableFrom?: string;
            history: components["schemas"]["DecorationEventView"][];
            version: number;
        };
        DepartmentFeedbackV1: {
            feedback: string;
        };
        DepartmentSignOffV1: {
            /** @enum {string} */
            department: "engineering" | "cleaning" | "security" | "landscaping" | "customer-service" | "finance" | "management";
            note?: string;
        };
        DepositDeductionBodyV1: {
            amountFen: number;
            reason: string;
            /** Format: uuid */
            foundBy?: string;
        };
        DepositRefundBodyV1: {
            /** @enum {string} */
            method: "cash" | "bank-transfer" | "wechat-pay" | "alipay" | "card";
            reason: string;
        };
        DepositView: {
            /** Format: uuid */
            id: string;
            number: string;
            communityId: string;
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            payerPersonId: string;
            /** @enum {string} */
            kind: "decoration" | "contract";
            kindLabel: string;
            requiredFen: number;
            receivedFen: number;
            deductedFen: number;
            refundedFen: number;
            balanceFen: number;
            /** @enum {string} */
            status: "awaiting-payment" | "held" | "refunded" | "cancelled";
            statusLabel: string;
            /** Format: date */
            refundableFrom?: string;
        };
        DisagreementV1: {
            reason: string;
        };
        DispatchDetailsV1: {
            /** @enum {string} */
            executor: "team" | "contractor";
            /** Format: uuid */
            teamId?: string;
            teamName?: string;
            technician?: components["schemas"]["DispatchTechnicianV1"];
            contractorName?: string;
            reason?: string;
            note?: string;
        };
        DispatchTechnicianV1: {
            staffId: string;
            name: string;
        };
        DocumentRefV1: {
            fileId: string;
            title: string;
        };
        EarlyWarningActionV1: {
            note: string;
            close?: boolean;
        };
        EarlyWarningActionView: {
            /** Format: date-time */
            at: string;
            by: components["schemas"]["StaffRef"];
            note: string;
        };
        EarlyWarningRuleV1: {
            threshold: number;
            windowDays: number;
        };
        EarlyWarningRuleView: {
            communityId: string;
            custom: boolean;
            threshold: number;
            windowDays: number;
        };
        EarlyWarningView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            /** Format: uuid */
            buildingId: string;
            buildingLabel?: string;
            /** @enum {string} */
            category: "engineering-quality" | "cleaning" | "security" | "landscaping" | "service-attitude" | "fees" | "neighbour" | "noise" | "parking" | "design" | "public-utilities" | "other";
            categoryLabel: string;
            /** @enum {string} */
            status: "open" | "incident" | "closed";
            statusLabel: string;
            threshold: number;
            windowDays: number;
            complaintCount: number;
            complaintIds: string[];
            complaintNumbers: string[];
            /** Format: date-time */
            raisedAt: string;
            /** Format: uuid */
            incidentId?: string;
            actions: components["schemas"]["EarlyWarningActionView"][];
            /** Format: date-time */
            closedAt?: string;
        };
        EquipmentReportSubmissionV1: {
            summary: string;
            faultCount: number;
        };
        EquipmentReportView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            /** Format: date */
            firstHandoverOn: string;
            /** Format: date */
            dueOn: string;
            /** @enum {string} */
            status: "due" | "submitted";
            statusLabel: string;
            overdue: boolean;
            summary?: string;
            faultCount?: number;
            /** Format: date-time */
            submittedAt?: string;
            submittedBy?: components["schemas"]["StaffRef"];
        };
        EscalationAcknowledgementV1: {
            /** @enum {string} */
            level: "supervisor" | "manager" | "general-manager";
            note?: string;
        };
        EscalationV1: {
            reason: string;
        };
        ExplanationV1: {
            explanation: string;
        };
        ExtensionDetailsV1: {
            /** Format: date-time */
            until: string;
            consent: components["schemas"]["RepairConsentV1"];
            note?: string;
        };
        FeeItemView: {
            code: string;
            name: string;
            /** @enum {string} */
            basis: "per-square-metre" | "fixed" | "metered";
            basisLabel: string;
            /** @enum {string} */
            rateUnit: "per-square-metre-month" | "per-month" | "per-time" | "per-kwh" | "per-tonne" | "per-hour" | "per-usage";
            rateUnitLabel: string;
            unitTypes?: ("residence" | "office" | "shop" | "apartment" | "parking")[];
            rates: components["schemas"]["FeeRateView"][];
            lateFee?: components["schemas"]["LateFeeTermsV1"];
        };
        FeeItemsView: {
            items: components["schemas"]["FeeItemView"][];
        };
        FeeRateView: {
            /** Format: date */
            effectiveFrom: string;
            rateFen: number;
        };
        FileAccessDecisionV1: {
            /** @enum {string} */
            decision: "approve" | "reject";
            comment?: string;
        };
        FileAccessPurposeV1: {
            /** @enum {string} */
            purpose: "borrow" | "export";
            reason: string;
        };
        FileAccessRequestView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            /** @enum {string} */
            purpose: "borrow" | "export";
            purposeLabel: string;
            reason: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "used";
            statusLabel: string;
            requestedBy: components["schemas"]["StaffRef"];
            /** Format: date-time */
            requestedAt: string;
            decidedBy?: components["schemas"]["StaffRef"];
            /** Format: date-time */
            decidedAt?: string;
            comment?: string;
            /** Format: date-time */
            validUntil?: string;
        };
        FinalAccountDetailsV1: {
            finalAccountFen: number;
            note?: string;
        };
        HandoverDefectV1: {
            location: string;
            description: string;
            trades: ("plumbing" | "electrical" | "civil" | "carpentry" | "waterproofing" | "lift" | "hvac" | "other")[];
            /** @enum {string} */
            severity: "minor" | "major" | "safety";
        };
        HandoverDefectView: {
            /** Format: uuid */
            id: string;
            severityLabel: string;
            tradeLabels?: string[];
            location: string;
            description: string;
            trades: ("plumbing" | "electrical" | "civil" | "carpentry" | "waterproofing" | "lift" | "hvac" | "other")[];
            /** @enum {string} */
            severity: "minor" | "major" | "safety";
        };
        HandoverInspectionDetailsV1: {
            /** Format: uuid */
            ownerPersonId: string;
            /** Format: date-time */
            inspectedAt: string;
            defects: components["schemas"]["HandoverDefectV1"][];
        };
        HandoverInspectionView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            ownerPersonId: string;
            /** Format: date-time */
            inspectedAt: string;
            /** Format: date */
            handoverDate: string;
            inspectedBy: components["schemas"]["StaffRef"];
            defects: components["schemas"]["HandoverDefectView"][];
        };
        HistoryEntryView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            recordType: "unit" | "occupancy" | "move-in" | "move-out" | "handover-inspection" | "decoration" | "charge-request" | "person";
            recordTypeLabel: string;
            recordId: string;
            action: string;
            summary: string;
            actorName: string;
            /** Format: date-time */
            at: string;
            changes?: Record<string, never>;
            reason?: string;
        };
        IdDocumentV1: {
            /** @enum {string} */
            type: "resident-id-card" | "passport" | "hk-macao-permit" | "taiwan-permit" | "business-license";
            /** @description For a resident-id-card: 18 characters, an area code not starting with 0, a real birth date from 1900 to today and the check character of GB 11643 (ISO 7064 MOD 11-2) */
            number: string;
        };
        IncidentClosureV1: {
            measures: string;
            result: string;
        };
        IncidentComplaintsV1: {
            complaintIds: string[];
        };
        IncidentFromWarningV1: {
            /** @enum {string} */
            cause?: "water-cut" | "power-cut" | "gas-cut" | "lift-failure" | "early-warning" | "other";
            title: string;
            description: string;
            notice: string;
            /** Format: date-time */
            expectedEndAt?: string;
        };
        IncidentView: {
            /** Format: uuid */
            id: string;
            number: string;
            communityId: string;
            buildingIds: string[];
            /** @enum {string} */
            cause: "water-cut" | "power-cut" | "gas-cut" | "lift-failure" | "early-warning" | "other";
            causeLabel: string;
            title: string;
            description: string;
            notice: string;
            /** Format: date-time */
            expectedEndAt?: string;
            /** @enum {string} */
            status: "active" | "closed";
            statusLabel: string;
            /** Format: uuid */
            warningId?: string;
            householdCount: number;
            complaintCount: number;
            resolvedComplaintCount: number;
            /** Format: date-time */
            openedAt: string;
            openedBy: components["schemas"]["StaffRef"];
            /** Format: date-time */
            closedAt?: string;
            closedBy?: components["schemas"]["StaffRef"];
            measures?: string;
            result?: string;
        };
        IncomingCallView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            callId: string;
            phone: string;
            line?: string;
            /** Format: date-time */
            receivedAt: string;
            /** @enum {string} */
            status: "ringing" | "taken";
            statusLabel: string;
            takenBy?: components["schemas"]["StaffRef"];
            /** Format: date-time */
            takenAt?: string;
        };
        IncomingStaffV1: {
            staffId: string;
            name: string;
        };
        KeyHandoverV1: {
            /** @enum {string} */
            kind: "door-key" | "mailbox-key" | "access-card" | "parking-card" | "other";
            count: number;
        };
        KeyHandoverView: {
            kindLabel: string;
            /** @enum {string} */
            kind: "door-key" | "mailbox-key" | "access-card" | "parking-card" | "other";
            count: number;
        };
        KeysHandedOverV1: {
            keys: components["schemas"]["KeyHandoverV1"][];
        };
        LabelledCountView: {
            code: string;
            label: string;
            count: number;
        };
        LateFeeAccrualView: {
            communityId: string;
            /** Format: date */
            asOf: string;
            billsIssued: number;
            totalFen: number;
        };
        LateFeeTermsV1: {
            /** @enum {string} */
            kind: "daily-rate" | "fixed";
            value: number;
            graceDays?: number;
        };
        LateFeeWaiverBodyV1: {
            reason: string;
        };
        MaintenanceHistoryEntryView: {
            /** Format: uuid */
            id: string;
            action: string;
            actionLabel: string;
            actorId: string;
            actorName: string;
            /** Format: date-time */
            at: string;
            changes?: Record<string, never>;
            reason?: string;
        };
        MaintenanceHistoryView: {
            /** Format: uuid */
            recordId: string;
            entries: components["schemas"]["MaintenanceHistoryEntryView"][];
        };
        MajorFlagV1: {
            reasons: ("media-threat" | "injury" | "group-complaint" | "large-loss")[];
            note: string;
        };
        MaterialV1: {
            name: string;
            quantity: number;
            unit: string;
            costFen: number;
        };
        MeetingRecordV1: {
            /** Format: date-time */
            heldAt: string;
            attendees: string[];
            minutes: string;
        };
        MergeV1: {
            /** Format: uuid */
            intoId: string;
            reason: string;
        };
        MeterReadingView: {
            communityId: string;
            /** Format: uuid */
            unitId: string;
            unitLabel: string;
            itemCode: string;
            itemName: string;
            period: string;
            previousReading: number;
            reading: number;
            usage: number;
            rateFen: number;
            amountFen: number;
            meterReplaced: boolean;
            billsIssued: number;
            revision: number;
            /** Format: date-time */
            recordedAt: string;
            recordedByName: string;
            note?: string;
        };
        MeterReadingsView: {
            communityId: string;
            period: string;
            items: components["schemas"]["MeterReadingView"][];
        };
        MissingStepView: {
            code: string;
            label: string;
        };
        MoveInChargesView: {
            /** Format: uuid */
            requestId: string;
            status: string;
            statusLabel: string;
        };
        MoveInDetailsV1: {
            ownerPersonIds: string[];
            /** Format: date */
            plannedDate: string;
        };
        MoveInView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            /** Format: uuid */
            unitId: string;
            unitLabel: string;
            /** @enum {string} */
            kind: "owner" | "tenant";
            kindLabel: string;
            personIds: string[];
            personNames: string[];
            ownerPersonIds: string[];
            contractDepositFen?: number;
            /** Format: date */
            plannedDate: string;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            statusLabel: string;
            handbookAcknowledged: boolean;
            decorationRulesAcknowledged: boolean;
            keys: components["schemas"]["KeyHandoverView"][];
            charges: components["schemas"]["MoveInChargesView"];
            missing: components["schemas"]["MissingStepView"][];
            /** Format: date-time */
            movedInAt?: string;
            cancelReason?: string;
            /** Format: date-time */
            cancelledAt?: string;
            version: number;
        };
        MoveOutDamageView: {
            chargeToLabel: string;
            description: string;
            amountFen: number;
            /** @enum {string} */
            chargeTo: "account" | "deposit";
        };
        MoveOutDetailsV1: {
            occupancyIds: string[];
            /** Format: date */
            moveOutDate: string;
            reason: string;
        };
        MoveOutInspectionV1: {
            /** Format: date-time */
            inspectedAt: string;
            damages: components["schemas"]["DamageV1"][];
        };
        MoveOutView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            /** Format: uuid */
            unitId: string;
            unitLabel: string;
            occupancyIds: string[];
            personIds: string[];
            personNames: string[];
            /** Format: date */
            moveOutDate: string;
            reason: string;
            /** @enum {string} */
            status: "requested" | "inspected" | "completed" | "cancelled";
            statusLabel: string;
            /** Format: date-time */
            inspectedAt?: string;
            damages: components["schemas"]["MoveOutDamageView"][];
            /** Format: date-time */
            completedAt?: string;
            /** Format: date */
            vacancyDueOn?: string;
            /** @enum {string} */
            unitStatusAfter?: "vacant" | "occupied" | "decorating";
            unitStatusAfterLabel?: string;
            cancelReason?: string;
            /** Format: date-time */
            cancelledAt?: string;
            version: number;
        };
        OccupancyDetailsV1: {
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            role: "owner" | "tenant" | "household-member" | "emergency-contact";
            /** Format: date */
            startDate: string;
            asCoOwner?: boolean;
            paysFees?: boolean;
        };
        OccupancyEndV1: {
            /** Format: date */
            endDate: string;
            reason: string;
        };
        OccupancyView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            /** @enum {string} */
            role: "owner" | "tenant" | "household-member" | "emergency-contact";
            roleLabel: string;
            /** Format: date */
            startDate: string;
            paysFees: boolean;
            /** Format: date */
            endDate?: string;
            endReason?: string;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        OpenIncidentV1: {
            communityId: string;
            /** @enum {string} */
            cause: "water-cut" | "power-cut" | "gas-cut" | "lift-failure" | "early-warning" | "other";
            buildingIds: string[];
            complaintIds?: string[];
            title: string;
            description: string;
            notice: string;
            /** Format: date-time */
            expectedEndAt?: string;
        };
        OpenItemView: {
            kind: string;
            number?: string;
            description: string;
            amountFen: number;
            /** Format: date */
            dueDate?: string;
        };
        OpsReasonV1: {
            reason: string;
        };
        OutboxEventView: {
            /** Format: uuid */
            id: string;
            subject: string;
            type: string;
            aggregateId: string;
            aggregateVersion?: number;
            /** @enum {string} */
            status: "pending" | "sent" | "parked" | "skipped";
            statusLabel: string;
            attempts: number;
            lastError?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            nextAttemptAt: string;
            /** Format: date-time */
            sentAt?: string;
        };
        PaidServiceLineV1: {
            code: string;
            quantity: number;
        };
        PaidServiceLineView: {
            name: string;
            unit?: string;
            unitPriceFen: number;
            amountFen: number;
            code: string;
            quantity: number;
        };
        PaidServicePriceListView: {
            items: components["schemas"]["PaidServicePriceView"][];
        };
        PaidServicePriceView: {
            priceLabel: string;
            code: string;
            name: string;
            unit: string;
            priceFen: number;
        };
        PatrolFindingV1: {
            /** Format: date-time */
            foundAt: string;
            description: string;
            violation: boolean;
            damage?: components["schemas"]["DecorationDamageV1"];
        };
        PatrolFindingView: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            foundAt: string;
            description: string;
            violation: boolean;
            damage?: components["schemas"]["DecorationDamageView"];
            recordedBy: components["schemas"]["StaffRef"];
        };
        PaymentAllocationView: {
            /** Format: uuid */
            billId: string;
            billNumber: string;
            amountFen: number;
        };
        PaymentBodyV1: {
            /** Format: uuid */
            payerPersonId?: string;
            payerName?: string;
            /** @enum {string} */
            method: "cash" | "bank-transfer" | "wechat-pay" | "alipay" | "card";
            amountFen: number;
            externalTransactionId?: string;
            billIds?: string[];
            /** Format: date-time */
            receivedAt?: string;
            note?: string;
        };
        PaymentReversalBodyV1: {
            reason: string;
        };
        PaymentView: {
            /** Format: uuid */
            id: string;
            receiptNumber: string;
            communityId: string;
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            payerPersonId?: string;
            payerName?: string;
            /** @enum {string} */
            method: "cash" | "bank-transfer" | "wechat-pay" | "alipay" | "card";
            methodLabel: string;
            amountFen: number;
            allocatedFen: number;
            creditFen: number;
            allocations: components["schemas"]["PaymentAllocationView"][];
            externalTransactionId?: string;
            /** @enum {string} */
            status: "recorded" | "reversed";
            statusLabel: string;
            /** Format: date-time */
            receivedAt: string;
        };
        PendingRepairView: {
            /** Format: uuid */
            id: string;
            description: string;
            amountFen: number;
            /** Format: uuid */
            foundIn: string;
        };
        PersonChangesV1: {
            name?: string;
            /** @description A mainland mobile or landline number in any common format, e.g. +86 138 0013 8000 or 020-88881234 转 601 */
            phone?: string;
            idDocument?: components["schemas"]["IdDocumentV1"];
            notes?: string;
            clear?: ("idDocument" | "notes")[];
            reason: string;
        };
        PersonHistoryView: {
            /** Format: uuid */
            personId: string;
            name: string;
            procedures: components["schemas"]["PersonProcedureView"][];
        };
        PersonOccupancyView: {
            /** Format: uuid */
            occupancyId: string;
            /** Format: uuid */
            unitId: string;
            unitLabel: string;
            /** @enum {string} */
            role: "owner" | "tenant" | "household-member" | "emergency-contact";
            roleLabel: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate?: string;
        };
        PersonPreferencesView: {
            preferredChannelLabel: string;
            refuseReturnVisits: boolean;
            /** @enum {string} */
            preferredChannel: "phone" | "sms" | "visit" | "app";
        };
        PersonProcedureView: {
            /** @enum {string} */
            kind: "move-in" | "move-out" | "decoration";
            kindLabel: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            unitId: string;
            unitLabel: string;
            status: string;
            statusLabel: string;
            /** Format: date */
            date?: string;
            /** Format: date-time */
            createdAt: string;
        };
        PersonView: {
            /** Format: uuid */
            id: string;
            companyId: string;
            communityId: string;
            name: string;
            phone: string;
            /** @enum {string} */
            idDocumentType?: "resident-id-card" | "passport" | "hk-macao-permit" | "taiwan-permit" | "business-license";
            idDocumentTypeLabel?: string;
            idNumber?: string;
            notes?: string;
            preferences: components["schemas"]["PersonPreferencesView"];
            occupancies: components["schemas"]["PersonOccupancyView"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PersonalDataAccessView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            /** Format: uuid */
            personId?: string;
            personName?: string;
            actorId: string;
            actorName: string;
            actorRoles: string[];
            kind: string;
            kindLabel: string;
            reason: string;
            fields: string[];
            /** Format: date-time */
            at: string;
        };
        ProactiveVisitRecordV1: {
            /** @enum {string} */
            method: "phone" | "door" | "online" | "questionnaire";
            /** @enum {string} */
            satisfaction: "very-satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very-dissatisfied";
            findings?: string;
            /** Format: date-time */
            visitedAt?: string;
        };
        ProactiveVisitView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            /** Format: uuid */
            unitId: string;
            unitLabel?: string;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            trigger: "handover" | "fit-out";
            triggerLabel: string;
            /** Format: date */
            startedOn: string;
            /** @enum {string} */
            kind: "first" | "three-months" | "six-months";
            kindLabel: string;
            /** Format: date */
            windowStart: string;
            /** Format: date */
            dueOn: string;
            /** @enum {string} */
            status: "scheduled" | "done" | "exempt";
            statusLabel: string;
            overdue: boolean;
            /** @enum {string} */
            exemption?: "resolved-on-the-spot" | "anonymous" | "sensitive" | "refused-visits" | "unreachable";
            exemptionLabel?: string;
            /** @enum {string} */
            method?: "phone" | "door" | "online" | "questionnaire";
            methodLabel?: string;
            /** @enum {string} */
            satisfaction?: "very-satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very-dissatisfied";
            satisfactionLabel?: string;
            findings?: string;
            /** Format: date-time */
            visitedAt?: string;
            visitedBy?: components["schemas"]["StaffRef"];
        };
        Problem: {
            /** Format: uri */
            type: string;
            /** @description Chinese title of the error code */
            title: string;
            status: number;
            detail: string;
            /** @description Stable machine code, e.g. COMPLAINT_NOT_FOUND */
            code: string;
            correlationId?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        QualityDepositMovementView: {
            /** @enum {string} */
            kind: "received" | "deduction" | "shortfall" | "released";
            kindLabel: string;
            amountFen: number;
            balanceAfterFen: number;
            description: string;
            workOrderNumber?: string;
            /** Format: uuid */
            settlementId?: string;
            /** Format: date-time */
            at: string;
        };
        QualityDepositReleaseBodyV1: {
            /** Format: date */
            warrantyEndedOn: string;
            amountFen?: number;
            reason: string;
        };
        QualityDepositView: {
            /** Format: uuid */
            contractorId: string;
            contractorName: string;
            balanceFen: number;
            shortfallFen: number;
            movements: components["schemas"]["QualityDepositMovementView"][];
            nextCursor?: string;
        };
        RebillNeededView: {
            period: string;
            /** @enum {string} */
            cause: "credit-noted" | "paid-without-payer";
            causeLabel: string;
            reason: string;
            billNumbers: string[];
            /** Format: date-time */
            notedAt: string;
        };
        ReceiveDepositV1: {
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            payerPersonId: string;
            /** @enum {string} */
            kind: "decoration" | "contract";
            amountFen: number;
            /** @enum {string} */
            method: "cash" | "bank-transfer" | "wechat-pay" | "alipay" | "card";
            externalTransactionId?: string;
            /** Format: date-time */
            receivedAt?: string;
            note?: string;
        };
        ReceiveQualityDepositV1: {
            /** Format: uuid */
            contractorId: string;
            contractorName: string;
            amountFen: number;
            note?: string;
        };
        ReconciliationGapView: {
            /** @enum {string} */
            kind: "no-handler" | "no-promise" | "overdue" | "no-outcome";
            kindLabel: string;
            entry: components["schemas"]["ComplaintSummaryView"];
        };
        RecordIncomingCallV1: {
            communityId: string;
            callId: string;
            /** @description A mainland mobile or landline number in any common format, e.g. +86 138 0013 8000 or 020-88881234 转 601 */
            callerNumber: string;
            line?: string;
            /** Format: date-time */
            receivedAt: string;
        };
        RecordMeterReadingV1: {
            communityId: string;
            /** Format: uuid */
            unitId: string;
            itemCode: string;
            period: string;
            reading: number;
            previousReading?: number;
            meterReplaced?: boolean;
            note?: string;
        };
        RecordPaymentV1: {
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            payerPersonId?: string;
            payerName?: string;
            /** @enum {string} */
            method: "cash" | "bank-transfer" | "wechat-pay" | "alipay" | "card";
            amountFen: number;
            externalTransactionId?: string;
            billIds?: string[];
            /** Format: date-time */
            receivedAt?: string;
            note?: string;
        };
        RegisterComplaintV1: {
            communityId: string;
            /** @enum {string} */
            kind?: "complaint" | "suggestion" | "praise" | "enquiry" | "repair";
            /** @enum {string} */
            channel: "call" | "visit" | "letter" | "owner-app" | "return-visit" | "patrol" | "survey";
            customer: components["schemas"]["ComplaintCustomerV1"];
            /** Format: uuid */
            unitId?: string;
            location?: string;
            description: string;
            demand: string;
            /** Format: date-time */
            receivedAt: string;
            /** @enum {string} */
            category?: "engineering-quality" | "cleaning" | "security" | "landscaping" | "service-attitude" | "fees" | "neighbour" | "noise" | "parking" | "design" | "public-utilities" | "other";
            /** @enum {string} */
            intent?: "solve-problem" | "vent" | "expectation";
            /** Format: uuid */
            personId?: string;
            needsRepair?: boolean;
            answer?: string;
        };
        RegisterPersonV1: {
            communityId: string;
            preferences?: components["schemas"]["ContactPreferencesV1"];
            name: string;
            /** @description A mainland mobile or landline number in any common format, e.g. +86 138 0013 8000 or 020-88881234 转 601 */
            phone: string;
            idDocument?: components["schemas"]["IdDocumentV1"];
            notes?: string;
        };
        RegisterRepairRequestV1: {
            communityId: string;
            /** @enum {string} */
            source: "desk" | "patrol";
            /** Format: uuid */
            unitId?: string;
            location?: string;
            trades: ("plumbing" | "electrical" | "civil" | "carpentry" | "waterproofing" | "lift" | "hvac" | "other")[];
            /** @enum {string} */
            urgency: "emergency" | "normal";
            /** @enum {string} */
            emergencyKind?: "water" | "power" | "gas" | "lift-entrapment";
            description: string;
            /** Format: uuid */
            personId?: string;
            contactSurname?: string;
            /** @description A mainland mobile or landline number in any common format, e.g. +86 138 0013 8000 or 020-88881234 转 601 */
            contactPhone?: string;
        };
        RemindersSentView: {
            communityId: string;
            /** Format: date */
            asOf: string;
            sent: number;
        };
        ReopeningV1: {
            reason: string;
        };
        RepairCancellationV1: {
            reason: string;
        };
        RepairConfirmationV1: {
            /** Format: uuid */
            repairId: string;
            /** Format: date-time */
            inspectedAt: string;
            repaired: boolean;
            note?: string;
        };
        RepairConsentV1: {
            customerName: string;
            /** Format: date-time */
            consentedAt: string;
            record: string;
        };
        RepairRequestView: {
            /** Format: uuid */
            id: string;
            number: string;
            communityId: string;
            /** @enum {string} */
            source: "desk" | "complaint" | "handover" | "patrol";
            sourceLabel: string;
            /** Format: uuid */
            complaintId?: string;
            /** Format: uuid */
            unitId?: string;
            location?: string;
            trades: ("plumbing" | "electrical" | "civil" | "carpentry" | "waterproofing" | "lift" | "hvac" | "other")[];
            tradeLabels: string[];
            /** @enum {string} */
            urgency: "emergency" | "normal";
            urgencyLabel: string;
            /** @enum {string} */
            emergencyKind?: "water" | "power" | "gas" | "lift-entrapment";
            emergencyKindLabel?: string;
            description: string;
            /** Format: uuid */
            personId?: string;
            contactSurname?: string;
            contactPhone?: string;
            /** @enum {string} */
            progress: "accepted" | "surveyed" | "approved" | "dispatched" | "in-progress" | "completed" | "settled" | "cancelled";
            progressLabel: string;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            onSiteDueAt?: string;
            /** Format: date-time */
            arrivedAt?: string;
            /** Format: date-time */
            madeSafeDueAt?: string;
            /** Format: date-time */
            madeSafeAt?: string;
            /** Format: date-time */
            surveyDueAt: string;
            survey?: components["schemas"]["SurveyView"];
            /** @enum {string} */
            workOrderType?: "a" | "b" | "c";
            workOrderTypeLabel?: string;
            /** Format: uuid */
            workOrderId?: string;
            /** Format: date-time */
            overdueSince?: string;
            /** Format: date-time */
            createdAt: string;
        };
        RepairStepDetailsV1: {
            /** Format: date-time */
            at: string;
            note?: string;
        };
        RepairTeamListView: {
            items: components["schemas"]["RepairTeamView"][];
        };
        RepairTeamView: {
            /** Format: uuid */
            id: string;
            name: string;
            communityIds: string[];
            /** Format: date-time */
            createdAt: string;
        };
        ReportDeliveryView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            subscriptionId: string;
            communityId: string;
            /** @enum {string} */
            kind: "complaints";
            /** @enum {string} */
            schedule: "weekly" | "quarterly";
            /** @enum {string} */
            format: "csv" | "xlsx";
            period: string;
            /** Format: date-time */
            producedAt: string;
            file: components["schemas"]["ReportFileRef"];
            weekly?: components["schemas"]["WeeklyComplaintReportView"];
            rollup?: components["schemas"]["ComplaintRollupView"];
        };
        ReportFileRef: {
            path: string;
            contentType: string;
            name: string;
        };
        ReportSubscriptionListView: {
            items: components["schemas"]["ReportSubscriptionView"][];
        };
        ReportSubscriptionRequestV1: {
            communityId: string;
            /** @enum {string} */
            kind: "complaints";
            /** @enum {string} */
            schedule: "weekly" | "quarterly";
            /** @enum {string} */
            format: "csv" | "xlsx";
        };
        ReportSubscriptionView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            /** @enum {string} */
            kind: "complaints";
            kindLabel: string;
            /** @enum {string} */
            schedule: "weekly" | "quarterly";
            scheduleLabel: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            active: boolean;
            createdBy: components["schemas"]["StaffRef"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            cancelledAt?: string;
        };
        ResidentFileHistoryView: {
            action: string;
            actionLabel: string;
            actorName: string;
            /** Format: date-time */
            at: string;
            reason?: string;
        };
        ResidentFileOccupancyView: {
            unitLabel: string;
            roleLabel: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate?: string;
        };
        ResidentFileView: {
            /** Format: uuid */
            personId: string;
            communityId: string;
            name: string;
            phone: string;
            /** @enum {string} */
            idDocumentType?: "resident-id-card" | "passport" | "hk-macao-permit" | "taiwan-permit" | "business-license";
            idDocumentTypeLabel?: string;
            idNumber?: string;
            notes?: string;
            preferences: components["schemas"]["PersonPreferencesView"];
            occupancies: components["schemas"]["ResidentFileOccupancyView"][];
            history: components["schemas"]["ResidentFileHistoryView"][];
            /** Format: uuid */
            accessLogId: string;
        };
        ResolutionV1: {
            measures: string;
            result: string;
        };
        ResumptionV1: {
            note?: string;
        };
        ReturnVisitV1: {
            /** @enum {string} */
            method: "phone" | "door" | "online" | "questionnaire";
            /** @enum {string} */
            satisfaction: "very-satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very-dissatisfied";
            comments?: string;
        };
        ReturnVisitView: {
            /** @enum {string} */
            status: "not-due" | "due" | "done" | "exempt";
            statusLabel: string;
            attempts: number;
            attemptDays: number;
            /** @enum {string} */
            exemption?: "resolved-on-the-spot" | "anonymous" | "sensitive" | "refused-visits" | "unreachable";
            exemptionLabel?: string;
            /** @enum {string} */
            satisfaction?: "very-satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very-dissatisfied";
            satisfactionLabel?: string;
            /** Format: date-time */
            visitedAt?: string;
        };
        RevealReasonV1: {
            reason: string;
        };
        RevealedPersonView: {
            /** Format: uuid */
            id: string;
            name: string;
            phone: string;
            /** @enum {string} */
            idDocumentType?: "resident-id-card" | "passport" | "hk-macao-permit" | "taiwan-permit" | "business-license";
            idDocumentTypeLabel?: string;
            idNumber?: string;
            /** Format: uuid */
            accessLogId: string;
        };
        ReviewDecisionV1: {
            /** @enum {string} */
            decision: "approve" | "reject";
            reasons?: string[];
        };
        RevolvingFundReplenishmentBodyV1: {
            amountFen: number;
            note?: string;
        };
        RevolvingFundSizeBodyV1: {
            sizeFen: number;
            note?: string;
        };
        RevolvingFundView: {
            /** Format: uuid */
            teamId: string;
            sizeFen: number;
            balanceFen: number;
        };
        RunBillingV1: {
            communityId: string;
            period: string;
        };
        SatisfactionCountView: {
            /** @enum {string} */
            satisfaction: "very-satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very-dissatisfied";
            label: string;
            count: number;
        };
        SatisfactionSurveyView: {
            /** Format: uuid */
            id: string;
            communityId: string;
            /** @enum {string} */
            kind: "first" | "yearly";
            kindLabel: string;
            year: number;
            seed: string;
            samplePercent: number;
            occupiedHouseholds: number;
            sampleSize: number;
            targetResponses: number;
            responseCount: number;
            households: components["schemas"]["SurveyHouseholdView"][];
            /** Format: date-time */
            plannedAt: string;
            plannedBy?: components["schemas"]["StaffRef"];
        };
        ScoreLineView: {
            id: string;
            name: string;
            orders: number;
            opinions: number;
            score: number;
        };
        SendRemindersV1: {
            communityId: string;
            /** Format: date */
            asOf: string;
        };
        SetFeeItemRateV1: {
            code: string;
            name: string;
            /** @enum {string} */
            basis: "per-square-metre" | "fixed" | "metered";
            rateFen: number;
            /** Format: date */
            effectiveFrom: string;
            unitTypes?: ("residence" | "office" | "shop" | "apartment" | "parking")[];
            lateFee?: components["schemas"]["LateFeeTermsV1"];
            clear?: ("unitTypes" | "lateFee")[];
        };
        SetPaidServicePriceV1: {
            code: string;
            name: string;
            unit: string;
            priceFen: number;
        };
        SetWarrantyPeriodV1: {
            communityId?: string;
            /** @enum {string} */
            component: "roof-waterproofing" | "wet-room-waterproofing" | "external-wall" | "heating-cooling" | "electrical" | "plumbing" | "fit-out" | "structure";
            months: number;
        };
        SettlementReviewDetailsV1: {
            settledFen: number;
            note?: string;
        };
        SettlementView: {
            /** Format: uuid */
            settlementId: string;
            finalAccountFen: number;
            submittedBy?: components["schemas"]["StaffRef"];
            /** @enum {string} */
            reviewer: "customer-service" | "audit";
            reviewerLabel: string;
            settledFen?: number;
            contractorSignatory?: string;
            /** Format: date-time */
            certifiedAt?: string;
            /** @enum {string} */
            fundDraw: "not-needed" | "pending" | "drawn" | "refused";
            fundDrawLabel: string;
            fundDrawMessage?: string;
        };
        SharedMeterApportionmentView: {
            communityId: string;
            period: string;
            meterCode: string;
            /** @enum {string} */
            utility: "public-water" | "public-electricity" | "overtime-air-conditioning";
            utilityLabel: string;
            /** @enum {string} */
            basis: "floor-area" | "sub-meter";
            basisLabel: string;
            amountFen: number;
            parts: components["schemas"]["SharedMeterPartView"][];
            billsIssued: number;
            /** Format: date-time */
            apportionedAt: string;
            note?: string;
        };
        SharedMeterPartView: {
            /** Format: uuid */
            unitId: string;
            unitLabel: string;
            weight: number;
            amountFen: number;
        };
        SharedMeterUnitV1: {
            /** Format: uuid */
            unitId: string;
            usage?: number;
        };
        ShiftHandoverAcceptanceV1: {
            note?: string;
        };
        ShiftHandoverRefusalV1: {
            reason: string;
        };
        ShiftHandoverReviewV1: {
            note: string;
        };
        ShiftHandoverReviewView: {
            by: components["schemas"]["StaffRef"];
            /** Format: date-time */
            at: string;
            note: string;
        };
        ShiftHandoverSnapshotView: {
            /** Format: date-time */
            since: string;
            openItems: components["schemas"]["ComplaintSummaryView"][];
            openItemCount: number;
            callBacks: components["schemas"]["CallBackView"][];
            callBackCount: number;
            promises: components["schemas"]["ComplaintSummaryView"][];
            promiseCount: number;
            activeMatters: components["schemas"]["ComplaintSummaryView"][];
            activeMatterCount: number;
        };
        ShiftHandoverView: {
            /** Format: uuid */
            id: string;
            companyId: string;
            communityId: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "refused";
            statusLabel: string;
            from: components["schemas"]["StaffRef"];
            to: components["schemas"]["StaffRef"];
            /** Format: date-time */
            handedOverAt: string;
            /** Format: date-time */
            shiftEndsAt?: string;
            summary: string;
            notes?: string;
            snapshot: components["schemas"]["ShiftHandoverSnapshotView"];
            /** Format: date-time */
            acceptedAt?: string;
            acceptanceNote?: string;
            /** Format: date-time */
            refusedAt?: string;
            refusalReason?: string;
            review?: components["schemas"]["ShiftHandoverReviewView"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        SignOffDetailsV1: {
            customerName: string;
            /** @enum {string} */
            satisfaction: "very-satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very-dissatisfied";
            opinion?: string;
            note?: string;
        };
        SignOffView: {
            /** @enum {string} */
            department: "engineering" | "cleaning" | "security" | "landscaping" | "customer-service" | "finance" | "management";
            departmentLabel: string;
            by: components["schemas"]["StaffRef"];
            /** Format: date-time */
            at: string;
        };
        StaffRef: {
            staffId: string;
            name: string;
        };
        StatementView: {
            /** Format: uuid */
            unitId: string;
            owedFen: number;
            creditFen: number;
            bills: components["schemas"]["BillView"][];
            payments: components["schemas"]["PaymentView"][];
            deposits: components["schemas"]["DepositView"][];
            creditEntries: components["schemas"]["CreditEntryView"][];
            rebillNeeded: components["schemas"]["RebillNeededView"][];
            /** Format: date-time */
            asOf: string;
        };
        SurveyDetailsV1: {
            /** Format: date-time */
            surveyedAt: string;
            trades?: ("plumbing" | "electrical" | "civil" | "carpentry" | "waterproofing" | "lift" | "hvac" | "other")[];
            participants: components["schemas"]["SurveyParticipantV1"][];
            findings: string;
            estimateFen: number;
            /** @enum {string} */
            component: "roof-waterproofing" | "wet-room-waterproofing" | "external-wall" | "heating-cooling" | "electrical" | "plumbing" | "fit-out" | "structure";
            /** @enum {string} */
            responsibleParty: "contractor" | "company" | "resident" | "outside-body";
            warrantyDecision?: components["schemas"]["WarrantyDecisionV1"];
            /** Format: uuid */
            contractorId?: string;
            contractorName?: string;
        };
        SurveyHouseholdView: {
            /** Format: uuid */
            unitId: string;
            label: string;
        };
        SurveyItemV1: {
            /** @enum {string} */
            kind: "opinion" | "request" | "complaint";
            text: string;
            /** @enum {string} */
            category?: "engineering-quality" | "cleaning" | "security" | "landscaping" | "service-attitude" | "fees" | "neighbour" | "noise" | "parking" | "design" | "public-utilities" | "other";
        };
        SurveyItemView: {
            /** @enum {string} */
            kind: "opinion" | "request" | "complaint";
            kindLabel: string;
            text: string;
            /** @enum {string} */
            category?: "engineering-quality" | "cleaning" | "security" | "landscaping" | "service-attitude" | "fees" | "neighbour" | "noise" | "parking" | "design" | "public-utilities" | "other";
            categoryLabel?: string;
            /** Format: uuid */
            complaintId: string;
            complaintNumber: string;
        };
        SurveyParticipantV1: {
            /** @enum {string} */
            role: "customer-service" | "engineering" | "repair-lead" | "contractor";
            name: string;
        };
        SurveyParticipantView: {
            roleLabel: string;
            /** @enum {string} */
            role: "customer-service" | "engineering" | "repair-lead" | "contractor";
            name: string;
        };
        SurveyRespondentV1: {
            surname: string;
            /** @description A mainland mobile or landline number in any common format, e.g. +86 138 0013 8000 or 020-88881234 转 601 */
            phone: string;
            /** Format: uuid */
            personId?: string;
        };
        SurveyResponseV1: {
            /** Format: uuid */
            unitId: string;
            scores: components["schemas"]["SurveyScoreV1"][];
            items?: components["schemas"]["SurveyItemV1"][];
            respondent?: components["schemas"]["SurveyRespondentV1"];
            comment?: string;
        };
        SurveyResponseView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            surveyId: string;
            communityId: string;
            year: number;
            /** Format: uuid */
            unitId: string;
            unitLabel: string;
            scores: components["schemas"]["SurveyScoreView"][];
            items: components["schemas"]["SurveyItemView"][];
            comment?: string;
            revisit?: components["schemas"]["SurveyRevisitView"];
            /** Format: date-time */
            recordedAt: string;
            recordedBy: components["schemas"]["StaffRef"];
        };
        SurveyRevisitClosureV1: {
            note: string;
        };
        SurveyRevisitView: {
            /** @enum {string} */
            status: "due" | "done";
            statusLabel: string;
            note?: string;
            /** Format: date-time */
            closedAt?: string;
            closedBy?: components["schemas"]["StaffRef"];
        };
        SurveyScoreRowView: {
            communityId: string;
            year: number;
            /** @enum {string} */
            category: "customer-service" | "repairs" | "cleaning" | "security" | "landscaping" | "facilities" | "fees" | "community-culture";
            categoryLabel: string;
            answers: number;
            counts: components["schemas"]["SatisfactionCountView"][];
            satisfied: number;
            satisfiedShare: number;
            sampleNote?: string;
        };
        SurveyScoreV1: {
            /** @enum {string} */
            category: "customer-service" | "repairs" | "cleaning" | "security" | "landscaping" | "facilities" | "fees" | "community-culture";
            /** @enum {string} */
            satisfaction: "very-satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very-dissatisfied";
        };
        SurveyScoreView: {
            /** @enum {string} */
            category: "customer-service" | "repairs" | "cleaning" | "security" | "landscaping" | "facilities" | "fees" | "community-culture";
            categoryLabel: string;
            /** @enum {string} */
            satisfaction: "very-satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very-dissatisfied";
            satisfactionLabel: string;
        };
        SurveyScoresView: {
            rows: components["schemas"]["SurveyScoreRowView"][];
        };
        SurveyView: {
            /** Format: date-time */
            surveyedAt: string;
            participants: components["schemas"]["SurveyParticipantView"][];
            findings: string;
            estimateFen: number;
            /** @enum {string} */
            component: "roof-waterproofing" | "wet-room-waterproofing" | "external-wall" | "heating-cooling" | "electrical" | "plumbing" | "fit-out" | "structure";
            componentLabel: string;
            /** @enum {string} */
            responsibleParty: "contractor" | "company" | "resident" | "outside-body";
            responsiblePartyLabel: string;
            underWarranty: boolean;
            warrantyReason: string;
            /** Format: date */
            warrantyLastDay?: string;
            /** @enum {string} */
            workOrderType?: "a" | "b" | "c";
            workOrderTypeLabel?: string;
            /** Format: uuid */
            contractorId?: string;
            contractorName?: string;
        };
        TechnicianScoresView: {
            year: number;
            quarter?: number;
            technicians: components["schemas"]["ScoreLineView"][];
            teams: components["schemas"]["ScoreLineView"][];
        };
        TenantMoveInDetailsV1: {
            tenantPersonIds: string[];
            /** Format: date */
            plannedDate: string;
            contractDepositFen: number;
        };
        TypicalCaseMarkV1: {
            marked: boolean;
            reason?: string;
        };
        TypicalCaseStateView: {
            /** Format: uuid */
            complaintId: string;
            marked: boolean;
            typicalCase?: components["schemas"]["TypicalCaseView"];
        };
        TypicalCaseView: {
            /** Format: uuid */
            complaintId: string;
            number: string;
            communityId: string;
            category?: string;
            categoryLabel?: string;
            /** @enum {string} */
            status: "registered" | "assigned" | "in-progress" | "resolved" | "negotiating" | "reopened" | "closed" | "explained" | "answered" | "referred" | "merged";
            statusLabel: string;
            reason: string;
            markedBy: components["schemas"]["StaffRef"];
            /** Format: date-time */
            markedAt: string;
        };
        UnitChangesV1: {
            number?: string;
            floor?: number;
            /** @enum {string} */
            type?: "residence" | "office" | "shop" | "apartment" | "parking";
            grossAreaCentiM2?: number;
            /** Format: date */
            handoverDate?: string;
            clear?: "handoverDate"[];
            reason: string;
        };
        UnitDetailsV1: {
            number: string;
            floor: number;
            /** @enum {string} */
            type: "residence" | "office" | "shop" | "apartment" | "parking";
            grossAreaCentiM2: number;
            /** Format: date */
            handoverDate?: string;
        };
        UnitOccupantView: {
            /** Format: uuid */
            occupancyId: string;
            /** Format: uuid */
            personId: string;
            name: string;
            role: string;
            roleLabel: string;
            phone?: string;
            /** Format: date */
            since: string;
            paysFees?: boolean;
        };
        UnitView: {
            /** Format: uuid */
            id: string;
            companyId: string;
            communityId: string;
            /** Format: uuid */
            buildingId: string;
            buildingName: string;
            number: string;
            label: string;
            floor: number;
            /** @enum {string} */
            type: "residence" | "office" | "shop" | "apartment" | "parking";
            typeLabel: string;
            grossAreaCentiM2: number;
            /** Format: date */
            handoverDate?: string;
            /** @enum {string} */
            status: "vacant" | "occupied" | "decorating";
            statusLabel: string;
            occupants?: components["schemas"]["UnitOccupantView"][];
            version: number;
        };
        VisitAttemptV1: {
            /** @enum {string} */
            method: "phone" | "door" | "online" | "questionnaire";
            note?: string;
        };
        VisitExemptionV1: {
            /** @enum {string} */
            exemption: "resolved-on-the-spot" | "anonymous" | "sensitive";
            note: string;
            /** @enum {string} */
            satisfaction?: "very-satisfied" | "satisfied";
        };
        WarrantyDecisionV1: {
            underWarranty: boolean;
            reason: string;
        };
        WarrantyPeriodView: {
            componentLabel: string;
            communityId?: string;
            /** @enum {string} */
            component: "roof-waterproofing" | "wet-room-waterproofing" | "external-wall" | "heating-cooling" | "electrical" | "plumbing" | "fit-out" | "structure";
            months: number;
        };
        WeeklyComplaintReportView: {
            communityId: string;
            week: string;
            timeZone: string;
            /** Format: date */
            firstDay: string;
            /** Format: date */
            lastDay: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** Format: date-time */
            asOf: string;
            typicalCases: components["schemas"]["TypicalCaseView"][];
            received: number;
            resolved: number;
            overdue: number;
            byCategory: components["schemas"]["LabelledCountView"][];
            byDepartment: components["schemas"]["LabelledCountView"][];
            byIntent: components["schemas"]["LabelledCountView"][];
            suggestionsAndPraise: components["schemas"]["AnsweredEntriesView"][];
            satisfaction: components["schemas"]["LabelledCountView"][];
            visited: number;
            satisfiedBasisPoints?: number;
        };
        WorkDoneDetailsV1: {
            workDone: string;
            materials?: components["schemas"]["MaterialV1"][];
            photos?: string[];
            note?: string;
        };
        WorkOrderNoteV1: {
            note?: string;
        };
        WorkOrderReturnVisitV1: {
            /** @enum {string} */
            method: "phone" | "door" | "online" | "questionnaire" | "sms" | "app";
            /** @enum {string} */
            satisfaction: "very-satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very-dissatisfied";
            comments?: string;
            note?: string;
        };
        WorkOrderReturnVisitView: {
            /** @enum {string} */
            status: "not-due" | "due" | "done" | "exempt";
            statusLabel: string;
            /** Format: date-time */
            dueAt?: string;
            overdue: boolean;
            /** @enum {string} */
            exemption?: "resolved-on-the-spot" | "anonymous" | "sensitive" | "refused-visits" | "unreachable";
            exemptionLabel?: string;
            /** @enum {string} */
            method?: "phone" | "door" | "online" | "questionnaire" | "sms" | "app";
            methodLabel?: string;
            /** @enum {string} */
            preferredChannel?: "phone" | "sms" | "visit" | "app";
            preferredChannelLabel?: string;
            /** @enum {string} */
            satisfaction?: "very-satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very-dissatisfied";
            satisfactionLabel?: string;
            comments?: string;
            /** Format: date-time */
            visitedAt?: string;
        };
        WorkOrderView: {
            /** Format: uuid */
            id: string;
            number: string;
            communityId: string;
            /** Format: uuid */
            repairRequestId: string;
            repairRequestNumber: string;
            /** Format: uuid */
            unitId?: string;
            /** @enum {string} */
            type: "a" | "b" | "c";
            typeLabel: string;
            /** @enum {string} */
            status: "awaiting-approval" | "approved" | "dispatched" | "in-progress" | "awaiting-check" | "checked" | "completed" | "settlement-submitted" | "settlement-reviewed" | "contractor-confirmed" | "settled" | "cancelled" | "returned";
            statusLabel: string;
            description: string;
            estimateFen: number;
            chargeableFen: number;
            paidServices: components["schemas"]["PaidServiceLineView"][];
            approvals: components["schemas"]["ApprovalView"][];
            requestedBy: components["schemas"]["StaffRef"];
            /** @enum {string} */
            executor?: "team" | "contractor";
            executorLabel?: string;
            /** Format: uuid */
            teamId?: string;
            teamName?: string;
            technician?: components["schemas"]["StaffRef"];
            contractorName?: string;
            /** Format: date-time */
            dueAt: string;
            overdue: boolean;
            extensionConsent?: components["schemas"]["RepairConsentV1"];
            /** Format: date-time */
            arrivedAt?: string;
            work: components["schemas"]["WorkRecordView"][];
            checks: components["schemas"]["CompletionCheckView"][];
            signedOffBy?: string;
            /** @enum {string} */
            satisfaction?: "very-satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very-dissatisfied";
            satisfactionLabel?: string;
            opinion?: string;
            /** Format: date-time */
            completedAt?: string;
            returnVisit: components["schemas"]["WorkOrderReturnVisitView"];
            settlement?: components["schemas"]["SettlementView"];
            /** Format: date-time */
            createdAt: string;
        };
        WorkRecordView: {
            /** Format: date-time */
            at: string;
            by: components["schemas"]["StaffRef"];
            workDone: string;
            materials: components["schemas"]["MaterialV1"][];
            photos: string[];
        };
        WorkerPassesV1: {
            /** Format: date */
            validUntil: string;
        };
        WorkerV1: {
            name: string;
            /** @description A mainland mobile or landline number in any common format, e.g. +86 138 0013 8000 or 020-88881234 转 601 */
            phone: string;
            /** @description Digits written as a resident ID card number (15 to 19, perhaps ending in X) must be one: 18 characters with a real birth date and the right check character */
            idNumber: string;
        };
        WorkerView: {
            name: string;
            phone: string;
            idNumber: string;
            passNumber?: string;
            /** Format: date */
            passValidUntil?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getUnitStatement: {
        parameters: {
            query?: {
                payerPersonId?: string;
            };
            header?: never;
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Billing knows no bill, payment or deposit of this unit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnitAccount: {
        parameters: {
            query?: {
                payerPersonId?: string;
            };
            header?: never;
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Billing knows no bill, payment or deposit of this unit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportUnitStatement: {
        parameters: {
            query?: {
                payerPersonId?: string;
            };
            header?: never;
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Billing knows no bill, payment or deposit of this unit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClearance: {
        parameters: {
            query: {
                unitId: string;
                payerPersonId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearanceView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnitClearance: {
        parameters: {
            query?: {
                payerPersonId?: string;
            };
            header?: never;
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearanceView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Billing knows no bill, payment or deposit of this unit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (400 without it). A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentBodyV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Billing knows no bill, payment or deposit of this unit in the caller's communities; BILL_NOT_FOUND: a bill named is not the unit's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description EXTERNAL_TRANSACTION_REUSED: the transaction id was recorded with another amount or payer; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYER_NOT_OF_UNIT: billing knows no such payer of the unit; BILL_NOT_OPEN: a bill named is paid or cancelled */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordUnitPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (400 without it). A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPaymentV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Billing knows no bill, payment or deposit of this unit in the caller's communities; BILL_NOT_FOUND: a bill named is not the unit's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description EXTERNAL_TRANSACTION_REUSED: the transaction id was recorded with another amount or payer; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYER_NOT_OF_UNIT: billing knows no such payer of the unit; BILL_NOT_OPEN: a bill named is paid or cancelled */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reversePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The payment */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentReversalBodyV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such payment in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the payment is reversed already; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description AMOUNT_EXCEEDS_BALANCE: what the payment paid in was refunded or deducted since */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refundCredit: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (400 without it). A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditRefundBodyV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Billing knows no bill, payment or deposit of this unit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description AMOUNT_EXCEEDS_BALANCE: more than the payer’s credit balance */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueCreditNote: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (400 without it). A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditNoteBodyV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such bill in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description AMOUNT_EXCEEDS_BALANCE: more than the bill still owes; BUSINESS_RULE_VIOLATED: the bill is a late fee, waived by a cs-manager with POST /bills/{id}/waiver (BIL-13) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveDeposit: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (400 without it). A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveDepositV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Billing knows no bill, payment or deposit of this unit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description EXTERNAL_TRANSACTION_REUSED: the transaction id paid a payment or another deposit; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: a decoration deposit (paid on its decoration's bill), or the payer's deposit of this kind awaits payment on a bill; PAYER_NOT_OF_UNIT: billing knows no such payer of the unit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deductDeposit: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (400 without it). A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The deposit */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepositDeductionBodyV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such deposit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the deposit is refunded or cancelled; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refundDeposit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The deposit */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepositRefundBodyV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepositView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such deposit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the deposit is not held; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DEPOSIT_NOT_REFUNDABLE: a decoration deposit before its refund day */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getQualityDeposit: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The contractor */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualityDepositView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Billing holds no quality deposit of this contractor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    releaseQualityDeposit: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (400 without it). A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The contractor */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualityDepositReleaseBodyV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualityDepositView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Billing holds no quality deposit of this contractor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description AMOUNT_EXCEEDS_BALANCE: more than the deposit holds; BUSINESS_RULE_VIOLATED: the warranty has not ended */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordQualityDeposit: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (400 without it). A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveQualityDepositV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualityDepositView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the contractor id is on file under another contractorName */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRevolvingFund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The repair team */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevolvingFundView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The team has drawn nothing yet: its fund is not open */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setRevolvingFundSize: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (400 without it). A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The repair team */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevolvingFundSizeBodyV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevolvingFundView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the team has no fund yet (teamId), or the size is below what the team has drawn out (sizeFen) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replenishRevolvingFund: {
        parameters: {
            query?: never;
            header: {
                /** @description Required (400 without it). A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key": string;
            };
            path: {
                /** @description The repair team */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevolvingFundReplenishmentBodyV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevolvingFundView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The team has drawn nothing yet: its fund is not open */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the amount would take the fund above its size */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFeeItems: {
        parameters: {
            query?: {
                basis?: "per-square-metre" | "fixed" | "metered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeItemsView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setFeeItemRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetFeeItemRateV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeItemView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runBilling: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunBillingV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingRunView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not among the caller's, or residents never announced it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArrears: {
        parameters: {
            query?: {
                asOf?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportArrears: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, UTF-8 with a BOM, CRLF, Chinese headers: opens right in Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCollectionRate: {
        parameters: {
            query: {
                period: string;
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionRateView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportCollectionRate: {
        parameters: {
            query: {
                period: string;
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, UTF-8 with a BOM, CRLF, Chinese headers: opens right in Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    apportionSharedMeter: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApportionSharedMeterV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedMeterApportionmentView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description APPORTIONMENT_EXISTS: the meter’s month was apportioned with other units or amounts; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: every sub-meter read 0, nothing to apportion by */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordMeterReading: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMeterReadingV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeterReadingView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description READING_EXISTS: the month was read with another figure and its bills are not all cancelled; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the item is not metered, has no rate for the month or does not apply to the unit, the reading is below the last, or a later month is read; AMOUNT_TOO_LARGE: the usage would bill more than a bill may hold */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeterReadings: {
        parameters: {
            query: {
                period: string;
                itemCode?: string;
            };
            header?: never;
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeterReadingsView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    accrueLateFees: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccrueLateFeesV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LateFeeAccrualView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    waiveLateFee: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The late-fee bill */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LateFeeWaiverBodyV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such bill in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the late fee is paid or waived already; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the bill is not a late fee */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendReminders: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendRemindersV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemindersSentView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportArrearsWorkbook: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Excel workbook (XLSX) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportCollectionRateWorkbook: {
        parameters: {
            query: {
                period: string;
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Excel workbook (XLSX) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the billing service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the billing service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCalendarYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarDaysV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCommunities: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CommunityView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCommunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommunityV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description COMMUNITY_EXISTS: the code is taken in this company; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community in the caller's company and communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCommunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunityChangesV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBuildings: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BuildingView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBuilding: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuildingDetailsV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuildingView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUILDING_EXISTS: the code is taken in this community; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompany: {
        parameters: {
            query?: {
                id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The company has no community yet, or the code is not the caller’s company */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanySettingsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The company has no community yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCallBacks: {
        parameters: {
            query?: {
                communityId?: string;
                status?: "open" | "done" | "merged";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CallBackView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeCallBack: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The call-back */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallBackOutcomeV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallBackView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such call-back in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the call-back is done already; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listComplaints: {
        parameters: {
            query?: {
                communityId?: string;
                buildingId?: string;
                unitId?: string;
                kind?: "complaint" | "suggestion" | "praise" | "enquiry" | "repair";
                category?: "engineering-quality" | "cleaning" | "security" | "landscaping" | "service-attitude" | "fees" | "neighbour" | "noise" | "parking" | "design" | "public-utilities" | "other";
                status?: "registered" | "assigned" | "in-progress" | "resolved" | "negotiating" | "reopened" | "closed" | "explained" | "answered" | "referred" | "merged";
                channel?: "call" | "visit" | "letter" | "owner-app" | "return-visit" | "patrol" | "survey";
                handlerId?: string;
                overdue?: boolean;
                major?: boolean;
                receivedFrom?: string;
                receivedTo?: string;
                phone?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ComplaintView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterComplaintV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReturnVisits: {
        parameters: {
            query?: {
                communityId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ComplaintView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getComplaintCounts: {
        parameters: {
            query?: {
                communityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintCountsView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getComplaintHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintHistoryView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: an uncategorised entry needs a department */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerAcknowledgementV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the promised time has passed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordComplaintFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentFeedbackV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extendComplaintDeadline: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeadlineExtensionV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the new deadline is not later, or the repair follows maintenance */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pauseComplaintDeadlines: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeadlinePauseV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the timers are already paused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeComplaintDeadlines: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResumptionV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the timers are not paused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    escalateComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the general manager already has it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeComplaintEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationAcknowledgementV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: nothing waits for acknowledgement at that level */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    flagMajorComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MajorFlagV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: it is already major */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordComplaintMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingRecordV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resolveComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordComplaintDisagreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisagreementV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeComplaintAsExplained: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExplanationV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOffComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentSignOffV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the department already signed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordReturnVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnVisitV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: no visit is due, or the resident refused visits (CMP-10) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordVisitAttempt: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitAttemptV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: no visit is due */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exemptReturnVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitExemptionV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: no visit is due */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopeningV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosingV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: no return visit yet, or a major complaint without its meeting record */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the entry that stays is closed or in another community */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    categoriseComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The register entry */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategorisationV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such register entry in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the entry's kind or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the entry already has that category */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDayReconciliation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The community code, e.g. GZ01 */
                communityId: string;
                /** @description The local date in the community's time zone, YYYY-MM-DD */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DayReconciliationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOffDay: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The community code, e.g. GZ01 */
                communityId: string;
                /** @description The local date in the community's time zone, YYYY-MM-DD */
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DaySignOffV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DayReconciliationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DAY_SIGNED_OFF: the day was signed already; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the day has not ended yet */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSurveys: {
        parameters: {
            query?: {
                communityId?: string;
                year?: number;
                kind?: "first" | "yearly";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SatisfactionSurveyView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurveyView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SURVEY_EXISTS: the community has its survey for that year; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the community has no occupied household */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurveyScores: {
        parameters: {
            query?: {
                communityId?: string;
                year?: number;
                category?: "customer-service" | "repairs" | "cleaning" | "security" | "landscaping" | "facilities" | "fees" | "community-culture";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyScoresView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSurveyRevisits: {
        parameters: {
            query?: {
                communityId?: string;
                status?: "due" | "done";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SurveyResponseView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeSurveyRevisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The survey answer */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyRevisitClosureV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponseView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such answer in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: no revisit is due for this household; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The survey */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionSurveyView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSurveyResponses: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The survey */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SurveyResponseView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordSurveyResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The survey */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyResponseV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponseView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such survey in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SURVEY_RESPONSE_EXISTS: the household has answered this survey; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the unit is not in the survey's sample */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWeeklyComplaintReport: {
        parameters: {
            query: {
                communityId: string;
                week: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeeklyComplaintReportView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getComplaintRollup: {
        parameters: {
            query: {
                period: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintRollupView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setTypicalCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The complaint */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TypicalCaseMarkV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TypicalCaseStateView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such complaint in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: only complaints not merged away can be typical cases */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportWeeklyComplaintReportCsv: {
        parameters: {
            query: {
                communityId: string;
                week: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, UTF-8 with a BOM, CRLF, Chinese headers: opens right in Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportWeeklyComplaintReportXlsx: {
        parameters: {
            query: {
                communityId: string;
                week: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Excel workbook (XLSX) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportComplaintRollupCsv: {
        parameters: {
            query: {
                period: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, UTF-8 with a BOM, CRLF, Chinese headers: opens right in Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportComplaintRollupXlsx: {
        parameters: {
            query: {
                period: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Excel workbook (XLSX) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportReconciliationPackCsv: {
        parameters: {
            query: {
                communityId: string;
                date: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, UTF-8 with a BOM, CRLF, Chinese headers: opens right in Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportReconciliationPackXlsx: {
        parameters: {
            query: {
                communityId: string;
                date: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Excel workbook (XLSX) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportComplaintRegisterCsv: {
        parameters: {
            query?: {
                communityId?: string;
                buildingId?: string;
                unitId?: string;
                kind?: "complaint" | "suggestion" | "praise" | "enquiry" | "repair";
                category?: "engineering-quality" | "cleaning" | "security" | "landscaping" | "service-attitude" | "fees" | "neighbour" | "noise" | "parking" | "design" | "public-utilities" | "other";
                status?: "registered" | "assigned" | "in-progress" | "resolved" | "negotiating" | "reopened" | "closed" | "explained" | "answered" | "referred" | "merged";
                channel?: "call" | "visit" | "letter" | "owner-app" | "return-visit" | "patrol" | "survey";
                handlerId?: string;
                overdue?: boolean;
                major?: boolean;
                receivedFrom?: string;
                receivedTo?: string;
                phone?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV, UTF-8 with a BOM, CRLF, Chinese headers: opens right in Excel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportComplaintRegisterXlsx: {
        parameters: {
            query?: {
                communityId?: string;
                buildingId?: string;
                unitId?: string;
                kind?: "complaint" | "suggestion" | "praise" | "enquiry" | "repair";
                category?: "engineering-quality" | "cleaning" | "security" | "landscaping" | "service-attitude" | "fees" | "neighbour" | "noise" | "parking" | "design" | "public-utilities" | "other";
                status?: "registered" | "assigned" | "in-progress" | "resolved" | "negotiating" | "reopened" | "closed" | "explained" | "answered" | "referred" | "merged";
                channel?: "call" | "visit" | "letter" | "owner-app" | "return-visit" | "patrol" | "survey";
                handlerId?: string;
                overdue?: boolean;
                major?: boolean;
                receivedFrom?: string;
                receivedTo?: string;
                phone?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Excel workbook (XLSX) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReportSubscriptions: {
        parameters: {
            query?: {
                communityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSubscriptionListView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReportSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportSubscriptionRequestV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSubscriptionView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description IDEMPOTENCY_KEY_REUSED: the key was used for another request
             *
             *     IDEMPOTENCY_KEY_REUSED: the key was used for another request
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelReportSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The subscription */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSubscriptionView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The produced report, as the report-produced event names it */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDeliveryView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such report in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportDeliveryFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The produced report, as the report-produced event names it */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file in the format the subscription asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such report in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDecorations: {
        parameters: {
            query?: {
                communityId?: string;
                unitId?: string;
                status?: "draft" | "awaiting-payment" | "under-review" | "returned" | "approved" | "in-progress" | "awaiting-inspection" | "fixing" | "completed" | "cancelled";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DecorationView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    applyForDecoration: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyForDecorationV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecorationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit or applicant in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the applicant is not a current owner of the unit (a tenant may not apply), or the unit has an open application */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDecoration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The decoration application */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecorationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decoration application in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDecorationDocuments: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The decoration application */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecorationDocumentsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecorationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decoration application in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the application's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitDecoration: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The decoration application */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecorationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decoration application in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the application's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the application has no drawings or no workers */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewDecoration: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The decoration application */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDecisionV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecorationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decoration application in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the application's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueWorkerPasses: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The decoration application */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkerPassesV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecorationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decoration application in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the application's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the unit is already under decoration works */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPatrolFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The decoration application */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatrolFindingV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecorationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decoration application in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the application's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestDecorationInspection: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The decoration application */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecorationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decoration application in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the application's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordDecorationInspection: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The decoration application */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecorationInspectionV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecorationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decoration application in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the application's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmDamageRepair: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The decoration application */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepairConfirmationV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecorationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decoration application in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the application's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: no such pending repair on this application */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelDecoration: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The decoration application */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancellationV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecorationView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decoration application in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the application's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCallerCard: {
        parameters: {
            query: {
                phone: string;
                communityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallerCardView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents or complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents or complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIncomingCalls: {
        parameters: {
            query?: {
                communityId?: string;
                status?: "ringing" | "taken";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IncomingCallView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents or complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents or complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordIncomingCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordIncomingCallV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingCallView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the telephony account's, or residents never announced it (decision 0328) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents or complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents or complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    takeIncomingCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The incoming call */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallerCardView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such call in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: another desk took the call; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents or complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents or complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestFileAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The person whose file is asked for */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileAccessPurposeV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileAccessRequestView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFileAccessRequests: {
        parameters: {
            query?: {
                communityId?: string;
                status?: "pending" | "approved" | "rejected" | "used";
                mine?: boolean;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FileAccessRequestView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyFileAccessRequests: {
        parameters: {
            query?: {
                communityId?: string;
                status?: "pending" | "approved" | "rejected" | "used";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FileAccessRequestView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideFileAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The file request */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileAccessDecisionV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileAccessRequestView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such file request in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the request has already been decided; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readResidentFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The approved file request */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentFileView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such file request in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FILE_ACCESS_NOT_APPROVED: the request is not approved, not the caller's, or expired */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordHandoverInspection: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandoverInspectionDetailsV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverInspectionView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED naming ownerPersonId: the person is not a current owner of the unit (decision 0382) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHandoverInspections: {
        parameters: {
            query?: {
                withDefects?: boolean;
                limit?: number;
                cursor?: string;
                communityId?: string;
                unitId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["HandoverInspectionView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEarlyWarnings: {
        parameters: {
            query?: {
                communityId?: string;
                status?: "open" | "incident" | "closed";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EarlyWarningView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEarlyWarning: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The early warning */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EarlyWarningView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such early warning in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordEarlyWarningAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The early warning */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EarlyWarningActionV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EarlyWarningView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such early warning in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: closing a warning that is settled already; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openIncidentFromWarning: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The early warning */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentFromWarningV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such early warning in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the warning is settled or an incident already; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEarlyWarningRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EarlyWarningRuleView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setEarlyWarningRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The community code, e.g. GZ01 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EarlyWarningRuleV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EarlyWarningRuleView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such community among the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIncidents: {
        parameters: {
            query?: {
                communityId?: string;
                status?: "active" | "closed";
                buildingId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IncidentView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenIncidentV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The incident */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such incident in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attachIncidentComplaints: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The incident */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentComplaintsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such incident in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the incident is closed; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The incident */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentClosureV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such incident in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the incident is closed already; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEquipmentReports: {
        parameters: {
            query?: {
                communityId?: string;
                status?: "due" | "submitted";
                overdue?: "true" | "false";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EquipmentReportView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitEquipmentReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The report */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EquipmentReportSubmissionV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentReportView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such report in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the report was already submitted; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPaidServicePrices: {
        parameters: {
            query?: {
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaidServicePriceListView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPaidServicePrice: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPaidServicePriceV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaidServicePriceView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProactiveVisits: {
        parameters: {
            query?: {
                communityId?: string;
                unitId?: string;
                status?: "scheduled" | "done" | "exempt";
                kind?: "first" | "three-months" | "six-months";
                trigger?: "handover" | "fit-out";
                dueBy?: string;
                overdue?: "true" | "false";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProactiveVisitView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProactiveVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The visit */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProactiveVisitView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such visit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordProactiveVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The visit */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProactiveVisitRecordV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProactiveVisitView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such visit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the visit was already recorded or is exempt; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRepairRequests: {
        parameters: {
            query?: {
                communityId?: string;
                progress?: "accepted" | "surveyed" | "approved" | "dispatched" | "in-progress" | "completed" | "settled" | "cancelled";
                overdue?: "true" | "false";
                unitId?: string;
                open?: "true" | "false";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RepairRequestView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerRepairRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRepairRequestV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairRequestView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRepairRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The repair request */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairRequestView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such repair request in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRepairRequestHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The repair request */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceHistoryView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such repair request in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordRepairArrival: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The repair request */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepairStepDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairRequestView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such repair request in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the request's progress does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordRepairMadeSafe: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The repair request */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepairStepDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairRequestView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such repair request in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the request's progress does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordRepairSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The repair request */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairRequestView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such repair request in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the request's progress does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: a participant the estimate needs did not sign, or the contractor is named outside warranty */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelRepairRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The repair request */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepairCancellationV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairRequestView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such repair request in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the request's progress does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRepairTeams: {
        parameters: {
            query?: {
                communityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTeamListView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRepairTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRepairTeamV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairTeamView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the name or the id is already a team’s */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTechnicianScores: {
        parameters: {
            query: {
                year: number;
                quarter?: number;
                communityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnicianScoresView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setWarrantyPeriod: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetWarrantyPeriodV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarrantyPeriodView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkOrders: {
        parameters: {
            query?: {
                communityId?: string;
                status?: "awaiting-approval" | "approved" | "dispatched" | "in-progress" | "awaiting-check" | "checked" | "completed" | "settlement-submitted" | "settlement-reviewed" | "contractor-confirmed" | "settled" | "cancelled" | "returned";
                mine?: "true" | "false";
                overdue?: "true" | "false";
                returnVisit?: "due" | "overdue";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WorkOrderView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkOrderV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such repair request in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the request is not surveyed or has an order; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: an outside body is responsible; no work order */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkOrderHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceHistoryView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkOrderNoteV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description FORBIDDEN: the step needs another role, or the caller requested the order
             *
             *     无权执行此操作
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalReturnDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description FORBIDDEN: the step due needs another role, or the caller requested the order
             *
             *     无权执行此操作
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dispatchWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description APPROVAL_REQUIRED: the order lacks the approval its amount needs */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordWorkOrderArrival: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArrivalDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description FORBIDDEN: the order was dispatched to another technician (only they or a repair lead record it)
             *
             *     无权执行此操作
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordWorkOrderWork: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkDoneDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description FORBIDDEN: the order was dispatched to another technician (only they or a repair lead record it)
             *
             *     无权执行此操作
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    finishWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkOrderNoteV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description FORBIDDEN: the order was dispatched to another technician (only they or a repair lead record it)
             *
             *     无权执行此操作
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: no work recorded yet */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordCompletionCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompletionCheckDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOffWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOffDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extendWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordWorkOrderReturnVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkOrderReturnVisitV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitSettlement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinalAccountDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewSettlement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettlementReviewDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description FORBIDDEN: above 20,000 yuan only the audit department reviews; whoever submitted the final account never reviews it (decision 0271)
             *
             *     无权执行此操作
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmSettlement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContractorConfirmationDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    certifySettlement: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkOrderNoteV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryFundDraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkOrderNoteV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The work order */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancellationDetailsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such work order in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the order's type or status does not allow the action; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the maintenance service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the maintenance service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startMoveIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveInDetailsV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: a person named is not a current owner of the unit, or the unit has an open move-in */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMoveIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The move-in */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such move-in in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeMoveIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The move-in */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgementsV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such move-in in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the move-in's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordMoveInKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The move-in */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeysHandedOverV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such move-in in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the move-in's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeMoveIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The move-in */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteMoveInBodyV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such move-in in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the move-in's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description MOVE_IN_INCOMPLETE: the missing steps are listed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startTenantMoveIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantMoveInDetailsV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: a person named is not a current tenant of the unit, or the unit has an open move-in */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelMoveIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The move-in */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancellationV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveInView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such move-in in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the move-in's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMoveIns: {
        parameters: {
            query?: {
                status?: "open" | "completed" | "cancelled";
                kind?: "owner" | "tenant";
                limit?: number;
                cursor?: string;
                communityId?: string;
                unitId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MoveInView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestMoveOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveOutDetailsV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveOutView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit or occupancy in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description MOVE_OUT_BLOCKED_BY_ARREARS: the unit owes money, `openItems` lists what is owed; BUSINESS_RULE_VIOLATED: an occupancy named is not current, starts after the date, or is already moving out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMoveOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The move-out */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveOutView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such move-out in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordMoveOutInspection: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The move-out */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveOutInspectionV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveOutView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such move-out in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the move-out's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeMoveOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The move-out */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveOutView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such move-out in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the move-out's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description MOVE_OUT_BLOCKED_BY_ARREARS: billing reports the unit still owes; `openItems` lists what */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelMoveOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The move-out */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancellationV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveOutView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such move-out in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the move-out's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMoveOuts: {
        parameters: {
            query?: {
                status?: "requested" | "inspected" | "completed" | "cancelled";
                limit?: number;
                cursor?: string;
                communityId?: string;
                unitId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MoveOutView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startOccupancy: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OccupancyDetailsV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupancyView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit or person in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description OWNER_ALREADY_REGISTERED: the unit has current owners and the person is not their co-owner; BUSINESS_RULE_VIOLATED: the person belongs to another community, or already holds that role */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endOccupancy: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The occupancy */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OccupancyEndV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupancyView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such occupancy in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the occupancy has already ended; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description MOVE_OUT_BLOCKED_BY_ARREARS: billing reports the unit still owes; `openItems` lists what */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeadLetters: {
        parameters: {
            query?: {
                status?: "open" | "replayed" | "discarded";
                consumer?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                service: "complaints" | "maintenance" | "billing" | "residents";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DeadLetterView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the service named in the path is not running */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the service named in the path did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayDeadLetter: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                service: "complaints" | "maintenance" | "billing" | "residents";
                /** @description The dead letter */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpsReasonV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such dead letter in this service for the caller’s company */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the dead letter is no longer open; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: the message cannot be read, or its handler still fails */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the service named in the path is not running */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the service named in the path did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    discardDeadLetter: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                service: "complaints" | "maintenance" | "billing" | "residents";
                /** @description The dead letter */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpsReasonV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such dead letter in this service for the caller’s company */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the dead letter is no longer open; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the service named in the path is not running */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the service named in the path did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutboxEvents: {
        parameters: {
            query?: {
                status?: "pending" | "sent" | "parked" | "skipped";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                service: "complaints" | "maintenance" | "billing" | "residents";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OutboxEventView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the service named in the path is not running */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the service named in the path did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryOutboxEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                service: "complaints" | "maintenance" | "billing" | "residents";
                /** @description The outbox event */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpsReasonV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxEventView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such event in this service’s outbox for the caller’s company */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: only a parked event can be retried or skipped; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the service named in the path is not running */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the service named in the path did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    skipOutboxEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                service: "complaints" | "maintenance" | "billing" | "residents";
                /** @description The outbox event */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpsReasonV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxEventView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such event in this service’s outbox for the caller’s company */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: only a parked event can be retried or skipped; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the service named in the path is not running */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the service named in the path did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchPeople: {
        parameters: {
            query?: {
                communityId?: string;
                name?: string;
                phone?: string;
                phoneTail?: string;
                unitId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PersonView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED: too many distinct full numbers searched in a minute; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until another number may be searched */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPersonV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The person */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The person */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonChangesV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revealPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The person */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevealReasonV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedPersonView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setContactPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The person */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPreferencesChangeV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPreferencesView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPersonalDataAccess: {
        parameters: {
            query?: {
                personId?: string;
                actorId?: string;
                communityId?: string;
                from?: string;
                to?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PersonalDataAccessView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPersonHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The person */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonHistoryView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listShiftHandovers: {
        parameters: {
            query?: {
                communityId?: string;
                date?: string;
                status?: "pending" | "accepted" | "refused";
                reviewed?: boolean;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ShiftHandoverView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createShiftHandover: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShiftHandoverV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftHandoverView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The community is not one of the caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getShiftHandover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The shift handover */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftHandoverView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such shift handover in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptShiftHandover: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The shift handover */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShiftHandoverAcceptanceV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftHandoverView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such shift handover in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the handover's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refuseShiftHandover: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The shift handover */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShiftHandoverRefusalV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftHandoverView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such shift handover in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the handover's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewShiftHandover: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The shift handover */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShiftHandoverReviewV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShiftHandoverView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such shift handover in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the handover's status does not allow it; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the complaints service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the complaints service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The building */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitDetailsV1"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such building in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_EXISTS: the number is taken in this building; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBuilding: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The building */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuildingChangesV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuildingView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such building in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BUSINESS_RULE_VIOLATED: a unit stands on a floor the correction would remove */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body returns the first response; another body is 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitChangesV1"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNIT_EXISTS: the new number is taken in this building; IDEMPOTENCY_KEY_REUSED: the key was used for another request */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUnits: {
        parameters: {
            query?: {
                communityId?: string;
                buildingId?: string;
                status?: "vacant" | "occupied" | "decorating";
                type?: "residence" | "office" | "shop" | "apartment" | "parking";
                address?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UnitView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnitHistory: {
        parameters: {
            query?: {
                recordType?: "unit" | "occupancy" | "move-in" | "move-out" | "handover-inspection" | "decoration" | "charge-request" | "person";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["HistoryEntryView"][];
                        /** @description Present when more items follow; pass it as `cursor` to get them */
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 无权执行此操作 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in the caller's communities */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the residents service, or one it asks, is not running, cannot reach its database, or one it asks did not answer in time; retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UPSTREAM_TIMEOUT: the residents service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
