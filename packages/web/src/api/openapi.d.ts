// Generated from openapi.json by `npm run contract`: do not edit.
export interface paths {
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Officer accounts in my scope; search by username, name or the holder’s ID number, role, org (subtree), status. A search is audited
         * @description Permission: `accounts.read`
         */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    role?: "federation-admin" | "security-admin" | "department-officer" | "agency-officer" | "regional-officer" | "street-officer" | "grassroots-officer" | "auditor" | "platform-officer";
                    status?: "active" | "disabled" | "locked" | "password-change";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    disable: boolean;
                                    enable: boolean;
                                    endSessions: boolean;
                                    resetPassword: boolean;
                                    setHolder: boolean;
                                    unlock: boolean;
                                    update: boolean;
                                };
                                createdAt: string;
                                disabledAt: (string) | null;
                                displayName: string;
                                holderIdMasked: string | null;
                                id: number;
                                lastLoginAt: (string) | null;
                                liveSessions: number;
                                lockedUntil: (string) | null;
                                mustChangePassword: boolean;
                                orgId: number;
                                orgKind: string;
                                orgName: string;
                                passwordChangedAt: (string) | null;
                                role: string;
                                roleName: {
                                    en: string;
                                    zh: string;
                                };
                                status: string;
                                username: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an officer account bound to one org, with its holder’s ID number; the initial password must be changed at first login
         * @description Permission: `accounts.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        idNumber: string;
                        orgId: number;
                        password?: string;
                        /** @enum {string} */
                        role: "federation-admin" | "security-admin" | "department-officer" | "agency-officer" | "regional-officer" | "street-officer" | "grassroots-officer" | "auditor" | "platform-officer";
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            temporaryPassword?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account: role, org, status, holder (masked), live sessions, abilities
         * @description Permission: `accounts.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                disable: boolean;
                                enable: boolean;
                                endSessions: boolean;
                                resetPassword: boolean;
                                setHolder: boolean;
                                unlock: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            disabledAt: (string) | null;
                            displayName: string;
                            holderIdMasked: string | null;
                            id: number;
                            lastLoginAt: (string) | null;
                            liveSessions: number;
                            lockedUntil: (string) | null;
                            mustChangePassword: boolean;
                            orgId: number;
                            orgKind: string;
                            orgName: string;
                            passwordChangedAt: (string) | null;
                            role: string;
                            roleName: {
                                en: string;
                                zh: string;
                            };
                            status: string;
                            username: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change display name, role or org (ends the account’s sessions), or record a missing holder
         * @description Permission: `accounts.write`
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        idNumber?: string;
                        orgId?: number;
                        /** @enum {string} */
                        role?: "federation-admin" | "security-admin" | "department-officer" | "agency-officer" | "regional-officer" | "street-officer" | "grassroots-officer" | "auditor" | "platform-officer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                disable: boolean;
                                enable: boolean;
                                endSessions: boolean;
                                resetPassword: boolean;
                                setHolder: boolean;
                                unlock: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            disabledAt: (string) | null;
                            displayName: string;
                            holderIdMasked: string | null;
                            id: number;
                            lastLoginAt: (string) | null;
                            liveSessions: number;
                            lockedUntil: (string) | null;
                            mustChangePassword: boolean;
                            orgId: number;
                            orgKind: string;
                            orgName: string;
                            passwordChangedAt: (string) | null;
                            role: string;
                            roleName: {
                                en: string;
                                zh: string;
                            };
                            sessionsEnded: number;
                            status: string;
                            username: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an account and end its sessions
         * @description Permission: `accounts.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                disable: boolean;
                                enable: boolean;
                                endSessions: boolean;
                                resetPassword: boolean;
                                setHolder: boolean;
                                unlock: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            disabledAt: (string) | null;
                            displayName: string;
                            holderIdMasked: string | null;
                            id: number;
                            lastLoginAt: (string) | null;
                            liveSessions: number;
                            lockedUntil: (string) | null;
                            mustChangePassword: boolean;
                            orgId: number;
                            orgKind: string;
                            orgName: string;
                            passwordChangedAt: (string) | null;
                            role: string;
                            roleName: {
                                en: string;
                                zh: string;
                            };
                            sessionsEnded: number;
                            status: string;
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled account
         * @description Permission: `accounts.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                disable: boolean;
                                enable: boolean;
                                endSessions: boolean;
                                resetPassword: boolean;
                                setHolder: boolean;
                                unlock: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            disabledAt: (string) | null;
                            displayName: string;
                            holderIdMasked: string | null;
                            id: number;
                            lastLoginAt: (string) | null;
                            liveSessions: number;
                            lockedUntil: (string) | null;
                            mustChangePassword: boolean;
                            orgId: number;
                            orgKind: string;
                            orgName: string;
                            passwordChangedAt: (string) | null;
                            role: string;
                            roleName: {
                                en: string;
                                zh: string;
                            };
                            status: string;
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/end-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of an account
         * @description Permission: `accounts.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessionsEnded: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a temporary password (shown once; changed at next login) and end the account’s sessions
         * @description Permission: `accounts.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            mustChangePassword: true;
                            sessionsEnded: number;
                            temporaryPassword: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock an account locked after failed logins
         * @description Permission: `accounts.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account list as .xlsx with the same filters and scope (holders masked), in the page’s columns (at most EXPORT_MAX_ROWS rows)
         * @description Permission: `accounts.read`
         */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    q?: string;
                    role?: "federation-admin" | "security-admin" | "department-officer" | "agency-officer" | "regional-officer" | "street-officer" | "grassroots-officer" | "auditor" | "platform-officer";
                    status?: "active" | "disabled" | "locked" | "password-change";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notices (通知公告): my inbox from the unions on my way up (pinned first, then newest), or what the unions of my subtree published, with read counts
         * @description Permission: `announcements.read`
         */
        get: {
            parameters: {
                query?: {
                    /** @description inbox: from my unions on the way up; published: by the unions of my subtree */
                    box?: "inbox" | "published";
                    page?: number;
                    pageSize?: number;
                    /** @description words of the title (either box) */
                    q?: string;
                    /** @description inbox only: unread notices only */
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    withdraw: boolean;
                                };
                                /**
                                 * @description officers: union officers of the subtree; everyone: their members too (member portal)
                                 * @enum {string}
                                 */
                                audience: "officers" | "everyone";
                                audienceName: {
                                    en: string;
                                    zh: string;
                                };
                                body: string;
                                expiresOn: string | null;
                                id: number;
                                org: {
                                    id: number;
                                    name: string;
                                };
                                pinned: boolean;
                                publishedAt: string;
                                publishedBy: string | null;
                                /** @description inbox: has the caller opened it */
                                read?: boolean;
                                /** @description published: accounts that opened it */
                                reads?: number;
                                title: string;
                                withdrawn: {
                                    at: string;
                                    reason: string | null;
                                } | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            /** @description unread notices in the caller’s inbox */
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Publish a notice for my union or one below it, to its officers or to its members too (audited)
         * @description Permission: `announcements.publish`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description officers: union officers of the subtree; everyone: their members too (member portal)
                         * @default officers
                         * @enum {string}
                         */
                        audience?: "officers" | "everyone";
                        /** @description plain text; blank lines separate paragraphs */
                        body: string;
                        /** @description shown until this day (inclusive); none: until withdrawn */
                        expiresOn?: string;
                        /** @description the publishing union; default the caller’s own */
                        orgId?: number;
                        /** @default false */
                        pinned?: boolean;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                withdraw: boolean;
                            };
                            /**
                             * @description officers: union officers of the subtree; everyone: their members too (member portal)
                             * @enum {string}
                             */
                            audience: "officers" | "everyone";
                            audienceName: {
                                en: string;
                                zh: string;
                            };
                            body: string;
                            expiresOn: string | null;
                            id: number;
                            org: {
                                id: number;
                                name: string;
                            };
                            pinned: boolean;
                            publishedAt: string;
                            publishedBy: string | null;
                            /** @description inbox: has the caller opened it */
                            read?: boolean;
                            /** @description published: accounts that opened it */
                            reads?: number;
                            title: string;
                            withdrawn: {
                                at: string;
                                reason: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One notice (a reader of its audience, or an officer of the publishing subtree)
         * @description Permission: `announcements.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                withdraw: boolean;
                            };
                            /**
                             * @description officers: union officers of the subtree; everyone: their members too (member portal)
                             * @enum {string}
                             */
                            audience: "officers" | "everyone";
                            audienceName: {
                                en: string;
                                zh: string;
                            };
                            body: string;
                            expiresOn: string | null;
                            id: number;
                            org: {
                                id: number;
                                name: string;
                            };
                            pinned: boolean;
                            publishedAt: string;
                            publishedBy: string | null;
                            /** @description inbox: has the caller opened it */
                            read?: boolean;
                            /** @description published: accounts that opened it */
                            reads?: number;
                            title: string;
                            withdrawn: {
                                at: string;
                                reason: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that I opened the notice (once per account)
         * @description Permission: `announcements.read`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a published notice, with a reason (audited); notices are not edited after publication
         * @description Permission: `announcements.publish`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                withdraw: boolean;
                            };
                            /**
                             * @description officers: union officers of the subtree; everyone: their members too (member portal)
                             * @enum {string}
                             */
                            audience: "officers" | "everyone";
                            audienceName: {
                                en: string;
                                zh: string;
                            };
                            body: string;
                            expiresOn: string | null;
                            id: number;
                            org: {
                                id: number;
                                name: string;
                            };
                            pinned: boolean;
                            publishedAt: string;
                            publishedBy: string | null;
                            /** @description inbox: has the caller opened it */
                            read?: boolean;
                            /** @description published: accounts that opened it */
                            reads?: number;
                            title: string;
                            withdrawn: {
                                at: string;
                                reason: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inbox or the published list as .xlsx with the same filters and scope, in the page’s columns (at most EXPORT_MAX_ROWS rows)
         * @description Permission: `announcements.read`
         */
        get: {
            parameters: {
                query?: {
                    /** @description inbox: from my unions on the way up; published: by the unions of my subtree */
                    box?: "inbox" | "published";
                    /** @description words of the title (either box) */
                    q?: string;
                    /** @description inbox only: unread notices only */
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Applications in my scope
         * @description Permission: `applications.read`
         */
        get: {
            parameters: {
                query?: {
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    programId?: number;
                    /** @description application number, member number or name prefix */
                    q?: string;
                    status?: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    approve: boolean;
                                    /** @description an approved booking the applicant may still cancel (before it starts) */
                                    cancel: boolean;
                                    reject: boolean;
                                    resubmit: boolean;
                                    return: boolean;
                                    viewDocuments: boolean;
                                    withdraw: boolean;
                                };
                                /** @description yuan */
                                amount: number;
                                applicant: {
                                    /** @enum {string} */
                                    kind: "member" | "org";
                                    org: {
                                        id: number;
                                        name: string;
                                    } | null;
                                };
                                appliedOn: string;
                                /** @enum {string} */
                                channel: "personal" | "unit";
                                decidedOn: string | null;
                                /** @description the application form as filed */
                                form: unknown;
                                id: number;
                                /** @description null when the applicant is an organisation */
                                member: {
                                    idNumber: string;
                                    memberNo: string;
                                    name: string;
                                    personId: number;
                                } | null;
                                no: string;
                                org: {
                                    id: number;
                                    name: string;
                                };
                                overdue: boolean;
                                program: string;
                                programId: number;
                                programTitle: string;
                                region: {
                                    id: number;
                                    name: string | null;
                                } | null;
                                rejectReason: string | null;
                                /** @enum {string} */
                                status: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                                statusName: {
                                    en: string;
                                    zh: string;
                                };
                                step: {
                                    dueOn: string | null;
                                    dueProvisional?: boolean;
                                    index: number;
                                    level: string | null;
                                    name: {
                                        en: string;
                                        zh: string;
                                    } | null;
                                    org: string | null;
                                    role: string | null;
                                    startedOn: string | null;
                                } | null;
                                subject: string | null;
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Apply: a member for themself (personal channel) or an officer for a member of their union (unit channel). Window, eligibility (policy engine), duplicates and documents are checked; nothing is written on refusal
         * @description Permission: `applications.submit`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        applicantOrgId?: number;
                        /** @default [] */
                        documentIds?: number[];
                        form: {
                            [key: string]: unknown;
                        };
                        personId?: number;
                        /** @description the program instance */
                        programId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                /** @description an approved booking the applicant may still cancel (before it starts) */
                                cancel: boolean;
                                reject: boolean;
                                resubmit: boolean;
                                return: boolean;
                                viewDocuments: boolean;
                                withdraw: boolean;
                            };
                            /** @description yuan */
                            amount: number;
                            applicant: {
                                /** @enum {string} */
                                kind: "member" | "org";
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                            };
                            appliedOn: string;
                            /** @enum {string} */
                            channel: "personal" | "unit";
                            decidedOn: string | null;
                            documents: {
                                applicationId: number | null;
                                fileName: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                                type: string;
                                uploadedAt: string;
                            }[];
                            /** @description the policy engine’s decision kept with the application; trace and input for officers only */
                            evaluation: {
                                at: unknown;
                                eligible: unknown;
                                input?: unknown;
                                output: unknown;
                                policy: unknown;
                                reasons: unknown;
                                trace?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the application form as filed */
                            form: unknown;
                            history: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                dueOn: string | null;
                                evaluation?: unknown;
                                level: string | null;
                                org: string | null;
                                step: number;
                            }[];
                            id: number;
                            /** @description null when the applicant is an organisation */
                            member: {
                                idNumber: string;
                                memberNo: string;
                                name: string;
                                personId: number;
                            } | null;
                            no: string;
                            org: {
                                id: number;
                                name: string;
                            };
                            overdue: boolean;
                            program: string;
                            programId: number;
                            programTitle: string;
                            region: {
                                id: number;
                                name: string | null;
                            } | null;
                            rejectReason: string | null;
                            /** @enum {string} */
                            status: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            step: {
                                dueOn: string | null;
                                dueProvisional?: boolean;
                                index: number;
                                level: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                } | null;
                                org: string | null;
                                role: string | null;
                                startedOn: string | null;
                            } | null;
                            subject: string | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One application with its evaluation trace, documents and review history
         * @description Permission: `applications.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                /** @description an approved booking the applicant may still cancel (before it starts) */
                                cancel: boolean;
                                reject: boolean;
                                resubmit: boolean;
                                return: boolean;
                                viewDocuments: boolean;
                                withdraw: boolean;
                            };
                            /** @description yuan */
                            amount: number;
                            applicant: {
                                /** @enum {string} */
                                kind: "member" | "org";
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                            };
                            appliedOn: string;
                            /** @enum {string} */
                            channel: "personal" | "unit";
                            decidedOn: string | null;
                            documents: {
                                applicationId: number | null;
                                fileName: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                                type: string;
                                uploadedAt: string;
                            }[];
                            /** @description the policy engine’s decision kept with the application; trace and input for officers only */
                            evaluation: {
                                at: unknown;
                                eligible: unknown;
                                input?: unknown;
                                output: unknown;
                                policy: unknown;
                                reasons: unknown;
                                trace?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the application form as filed */
                            form: unknown;
                            history: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                dueOn: string | null;
                                evaluation?: unknown;
                                level: string | null;
                                org: string | null;
                                step: number;
                            }[];
                            id: number;
                            /** @description null when the applicant is an organisation */
                            member: {
                                idNumber: string;
                                memberNo: string;
                                name: string;
                                personId: number;
                            } | null;
                            no: string;
                            org: {
                                id: number;
                                name: string;
                            };
                            overdue: boolean;
                            program: string;
                            programId: number;
                            programTitle: string;
                            region: {
                                id: number;
                                name: string | null;
                            } | null;
                            rejectReason: string | null;
                            /** @enum {string} */
                            status: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            step: {
                                dueOn: string | null;
                                dueProvisional?: boolean;
                                index: number;
                                level: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                } | null;
                                org: string | null;
                                role: string | null;
                                startedOn: string | null;
                            } | null;
                            subject: string | null;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the current step (the final step re-evaluates and books the payable amount)
         * @description Permission: `applications.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                /** @description an approved booking the applicant may still cancel (before it starts) */
                                cancel: boolean;
                                reject: boolean;
                                resubmit: boolean;
                                return: boolean;
                                viewDocuments: boolean;
                                withdraw: boolean;
                            };
                            /** @description yuan */
                            amount: number;
                            applicant: {
                                /** @enum {string} */
                                kind: "member" | "org";
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                            };
                            appliedOn: string;
                            /** @enum {string} */
                            channel: "personal" | "unit";
                            decidedOn: string | null;
                            documents: {
                                applicationId: number | null;
                                fileName: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                                type: string;
                                uploadedAt: string;
                            }[];
                            /** @description the policy engine’s decision kept with the application; trace and input for officers only */
                            evaluation: {
                                at: unknown;
                                eligible: unknown;
                                input?: unknown;
                                output: unknown;
                                policy: unknown;
                                reasons: unknown;
                                trace?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the application form as filed */
                            form: unknown;
                            history: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                dueOn: string | null;
                                evaluation?: unknown;
                                level: string | null;
                                org: string | null;
                                step: number;
                            }[];
                            id: number;
                            /** @description null when the applicant is an organisation */
                            member: {
                                idNumber: string;
                                memberNo: string;
                                name: string;
                                personId: number;
                            } | null;
                            no: string;
                            org: {
                                id: number;
                                name: string;
                            };
                            overdue: boolean;
                            program: string;
                            programId: number;
                            programTitle: string;
                            region: {
                                id: number;
                                name: string | null;
                            } | null;
                            rejectReason: string | null;
                            /** @enum {string} */
                            status: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            step: {
                                dueOn: string | null;
                                dueProvisional?: boolean;
                                index: number;
                                level: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                } | null;
                                org: string | null;
                                role: string | null;
                                startedOn: string | null;
                            } | null;
                            subject: string | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an approved booking before it starts (the payable is reversed; the yearly cap frees up)
         * @description Permission: `applications.submit`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                /** @description an approved booking the applicant may still cancel (before it starts) */
                                cancel: boolean;
                                reject: boolean;
                                resubmit: boolean;
                                return: boolean;
                                viewDocuments: boolean;
                                withdraw: boolean;
                            };
                            /** @description yuan */
                            amount: number;
                            applicant: {
                                /** @enum {string} */
                                kind: "member" | "org";
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                            };
                            appliedOn: string;
                            /** @enum {string} */
                            channel: "personal" | "unit";
                            decidedOn: string | null;
                            documents: {
                                applicationId: number | null;
                                fileName: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                                type: string;
                                uploadedAt: string;
                            }[];
                            /** @description the policy engine’s decision kept with the application; trace and input for officers only */
                            evaluation: {
                                at: unknown;
                                eligible: unknown;
                                input?: unknown;
                                output: unknown;
                                policy: unknown;
                                reasons: unknown;
                                trace?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the application form as filed */
                            form: unknown;
                            history: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                dueOn: string | null;
                                evaluation?: unknown;
                                level: string | null;
                                org: string | null;
                                step: number;
                            }[];
                            id: number;
                            /** @description null when the applicant is an organisation */
                            member: {
                                idNumber: string;
                                memberNo: string;
                                name: string;
                                personId: number;
                            } | null;
                            no: string;
                            org: {
                                id: number;
                                name: string;
                            };
                            overdue: boolean;
                            program: string;
                            programId: number;
                            programTitle: string;
                            region: {
                                id: number;
                                name: string | null;
                            } | null;
                            rejectReason: string | null;
                            /** @enum {string} */
                            status: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            step: {
                                dueOn: string | null;
                                dueProvisional?: boolean;
                                index: number;
                                level: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                } | null;
                                org: string | null;
                                role: string | null;
                                startedOn: string | null;
                            } | null;
                            subject: string | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject, with the reason
         * @description Permission: `applications.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                /** @description an approved booking the applicant may still cancel (before it starts) */
                                cancel: boolean;
                                reject: boolean;
                                resubmit: boolean;
                                return: boolean;
                                viewDocuments: boolean;
                                withdraw: boolean;
                            };
                            /** @description yuan */
                            amount: number;
                            applicant: {
                                /** @enum {string} */
                                kind: "member" | "org";
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                            };
                            appliedOn: string;
                            /** @enum {string} */
                            channel: "personal" | "unit";
                            decidedOn: string | null;
                            documents: {
                                applicationId: number | null;
                                fileName: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                                type: string;
                                uploadedAt: string;
                            }[];
                            /** @description the policy engine’s decision kept with the application; trace and input for officers only */
                            evaluation: {
                                at: unknown;
                                eligible: unknown;
                                input?: unknown;
                                output: unknown;
                                policy: unknown;
                                reasons: unknown;
                                trace?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the application form as filed */
                            form: unknown;
                            history: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                dueOn: string | null;
                                evaluation?: unknown;
                                level: string | null;
                                org: string | null;
                                step: number;
                            }[];
                            id: number;
                            /** @description null when the applicant is an organisation */
                            member: {
                                idNumber: string;
                                memberNo: string;
                                name: string;
                                personId: number;
                            } | null;
                            no: string;
                            org: {
                                id: number;
                                name: string;
                            };
                            overdue: boolean;
                            program: string;
                            programId: number;
                            programTitle: string;
                            region: {
                                id: number;
                                name: string | null;
                            } | null;
                            rejectReason: string | null;
                            /** @enum {string} */
                            status: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            step: {
                                dueOn: string | null;
                                dueProvisional?: boolean;
                                index: number;
                                level: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                } | null;
                                org: string | null;
                                role: string | null;
                                startedOn: string | null;
                            } | null;
                            subject: string | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a returned application and send it back to the step that returned it
         * @description Permission: `applications.submit`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @default [] */
                        documentIds?: number[];
                        form: {
                            [key: string]: unknown;
                        };
                        /** @default [] */
                        removeDocumentIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                /** @description an approved booking the applicant may still cancel (before it starts) */
                                cancel: boolean;
                                reject: boolean;
                                resubmit: boolean;
                                return: boolean;
                                viewDocuments: boolean;
                                withdraw: boolean;
                            };
                            /** @description yuan */
                            amount: number;
                            applicant: {
                                /** @enum {string} */
                                kind: "member" | "org";
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                            };
                            appliedOn: string;
                            /** @enum {string} */
                            channel: "personal" | "unit";
                            decidedOn: string | null;
                            documents: {
                                applicationId: number | null;
                                fileName: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                                type: string;
                                uploadedAt: string;
                            }[];
                            /** @description the policy engine’s decision kept with the application; trace and input for officers only */
                            evaluation: {
                                at: unknown;
                                eligible: unknown;
                                input?: unknown;
                                output: unknown;
                                policy: unknown;
                                reasons: unknown;
                                trace?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the application form as filed */
                            form: unknown;
                            history: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                dueOn: string | null;
                                evaluation?: unknown;
                                level: string | null;
                                org: string | null;
                                step: number;
                            }[];
                            id: number;
                            /** @description null when the applicant is an organisation */
                            member: {
                                idNumber: string;
                                memberNo: string;
                                name: string;
                                personId: number;
                            } | null;
                            no: string;
                            org: {
                                id: number;
                                name: string;
                            };
                            overdue: boolean;
                            program: string;
                            programId: number;
                            programTitle: string;
                            region: {
                                id: number;
                                name: string | null;
                            } | null;
                            rejectReason: string | null;
                            /** @enum {string} */
                            status: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            step: {
                                dueOn: string | null;
                                dueProvisional?: boolean;
                                index: number;
                                level: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                } | null;
                                org: string | null;
                                role: string | null;
                                startedOn: string | null;
                            } | null;
                            subject: string | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return for correction, with the reason
         * @description Permission: `applications.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                /** @description an approved booking the applicant may still cancel (before it starts) */
                                cancel: boolean;
                                reject: boolean;
                                resubmit: boolean;
                                return: boolean;
                                viewDocuments: boolean;
                                withdraw: boolean;
                            };
                            /** @description yuan */
                            amount: number;
                            applicant: {
                                /** @enum {string} */
                                kind: "member" | "org";
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                            };
                            appliedOn: string;
                            /** @enum {string} */
                            channel: "personal" | "unit";
                            decidedOn: string | null;
                            documents: {
                                applicationId: number | null;
                                fileName: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                                type: string;
                                uploadedAt: string;
                            }[];
                            /** @description the policy engine’s decision kept with the application; trace and input for officers only */
                            evaluation: {
                                at: unknown;
                                eligible: unknown;
                                input?: unknown;
                                output: unknown;
                                policy: unknown;
                                reasons: unknown;
                                trace?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the application form as filed */
                            form: unknown;
                            history: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                dueOn: string | null;
                                evaluation?: unknown;
                                level: string | null;
                                org: string | null;
                                step: number;
                            }[];
                            id: number;
                            /** @description null when the applicant is an organisation */
                            member: {
                                idNumber: string;
                                memberNo: string;
                                name: string;
                                personId: number;
                            } | null;
                            no: string;
                            org: {
                                id: number;
                                name: string;
                            };
                            overdue: boolean;
                            program: string;
                            programId: number;
                            programTitle: string;
                            region: {
                                id: number;
                                name: string | null;
                            } | null;
                            rejectReason: string | null;
                            /** @enum {string} */
                            status: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            step: {
                                dueOn: string | null;
                                dueProvisional?: boolean;
                                index: number;
                                level: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                } | null;
                                org: string | null;
                                role: string | null;
                                startedOn: string | null;
                            } | null;
                            subject: string | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an application that is not decided yet
         * @description Permission: `applications.submit`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                /** @description an approved booking the applicant may still cancel (before it starts) */
                                cancel: boolean;
                                reject: boolean;
                                resubmit: boolean;
                                return: boolean;
                                viewDocuments: boolean;
                                withdraw: boolean;
                            };
                            /** @description yuan */
                            amount: number;
                            applicant: {
                                /** @enum {string} */
                                kind: "member" | "org";
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                            };
                            appliedOn: string;
                            /** @enum {string} */
                            channel: "personal" | "unit";
                            decidedOn: string | null;
                            documents: {
                                applicationId: number | null;
                                fileName: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                                type: string;
                                uploadedAt: string;
                            }[];
                            /** @description the policy engine’s decision kept with the application; trace and input for officers only */
                            evaluation: {
                                at: unknown;
                                eligible: unknown;
                                input?: unknown;
                                output: unknown;
                                policy: unknown;
                                reasons: unknown;
                                trace?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the application form as filed */
                            form: unknown;
                            history: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                dueOn: string | null;
                                evaluation?: unknown;
                                level: string | null;
                                org: string | null;
                                step: number;
                            }[];
                            id: number;
                            /** @description null when the applicant is an organisation */
                            member: {
                                idNumber: string;
                                memberNo: string;
                                name: string;
                                personId: number;
                            } | null;
                            no: string;
                            org: {
                                id: number;
                                name: string;
                            };
                            overdue: boolean;
                            program: string;
                            programId: number;
                            programTitle: string;
                            region: {
                                id: number;
                                name: string | null;
                            } | null;
                            rejectReason: string | null;
                            /** @enum {string} */
                            status: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            step: {
                                dueOn: string | null;
                                dueProvisional?: boolean;
                                index: number;
                                level: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                } | null;
                                org: string | null;
                                role: string | null;
                                startedOn: string | null;
                            } | null;
                            subject: string | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/bulk-approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve several applications of my queue; each is decided on its own
         * @description Permission: `applications.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        ids: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approved: number;
                            refused: number;
                            results: {
                                error?: {
                                    code: string;
                                    message: string;
                                };
                                id: number;
                                ok: boolean;
                                status?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list as .xlsx with the same filters, scope and masking, in the page’s columns (at most EXPORT_MAX_ROWS rows; more: narrow the filters)
         * @description Permission: `applications.read`
         */
        get: {
            parameters: {
                query?: {
                    overdue?: "true" | "false";
                    programId?: number;
                    /** @description application number, member number or name prefix */
                    q?: string;
                    status?: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My review queue: applications whose current step is mine, oldest deadline first
         * @description Permission: `applications.review`
         */
        get: {
            parameters: {
                query?: {
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    programId?: number;
                    /** @description application number, member number or name prefix */
                    q?: string;
                    status?: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    approve: boolean;
                                    /** @description an approved booking the applicant may still cancel (before it starts) */
                                    cancel: boolean;
                                    reject: boolean;
                                    resubmit: boolean;
                                    return: boolean;
                                    viewDocuments: boolean;
                                    withdraw: boolean;
                                };
                                /** @description yuan */
                                amount: number;
                                applicant: {
                                    /** @enum {string} */
                                    kind: "member" | "org";
                                    org: {
                                        id: number;
                                        name: string;
                                    } | null;
                                };
                                appliedOn: string;
                                /** @enum {string} */
                                channel: "personal" | "unit";
                                decidedOn: string | null;
                                /** @description the application form as filed */
                                form: unknown;
                                id: number;
                                /** @description null when the applicant is an organisation */
                                member: {
                                    idNumber: string;
                                    memberNo: string;
                                    name: string;
                                    personId: number;
                                } | null;
                                no: string;
                                org: {
                                    id: number;
                                    name: string;
                                };
                                overdue: boolean;
                                program: string;
                                programId: number;
                                programTitle: string;
                                region: {
                                    id: number;
                                    name: string | null;
                                } | null;
                                rejectReason: string | null;
                                /** @enum {string} */
                                status: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                                statusName: {
                                    en: string;
                                    zh: string;
                                };
                                step: {
                                    dueOn: string | null;
                                    dueProvisional?: boolean;
                                    index: number;
                                    level: string | null;
                                    name: {
                                        en: string;
                                        zh: string;
                                    } | null;
                                    org: string | null;
                                    role: string | null;
                                    startedOn: string | null;
                                } | null;
                                subject: string | null;
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/queue/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My review queue as .xlsx, oldest deadline first, with the same filters (at most EXPORT_MAX_ROWS rows)
         * @description Permission: `applications.review`
         */
        get: {
            parameters: {
                query?: {
                    overdue?: "true" | "false";
                    programId?: number;
                    /** @description application number, member number or name prefix */
                    q?: string;
                    status?: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/reminders/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send overdue-review reminders now (the daily job does this every morning)
         * @description Permission: `programs.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notices: number;
                            on: string;
                            overdue: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reviewers’ summary form of a program (.xlsx, masked)
         * @description Permission: `applications.read`
         */
        get: {
            parameters: {
                query: {
                    programId: number;
                    status?: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail (read-only): who did what to which record, when, before/after; actions and objects named in Chinese; filters by action, person, org (subtree) and date
         * @description Permission: `audit.read`
         */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    entity?: string;
                    entityId?: string;
                    from?: string;
                    /** @description entries bound to this org’s subtree */
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actionName: {
                                    en: string;
                                    zh: string;
                                };
                                actor: string | null;
                                actorRole: string | null;
                                after: unknown;
                                at: string;
                                before: unknown;
                                entity: string;
                                entityId: string | null;
                                entityName: {
                                    en: string;
                                    zh: string;
                                };
                                id: number;
                                ip: string | null;
                                object: string;
                                requestId: string | null;
                                summary: unknown;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The actions written so far in my scope, with their names (for the filter)
         * @description Permission: `audit.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail with the same filters as .xlsx, Chinese headers (at most 10,000 rows, newest first)
         * @description Permission: `audit.read`
         */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    entity?: string;
                    entityId?: string;
                    from?: string;
                    /** @description entries bound to this org’s subtree */
                    orgId?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the hash chain of the whole audit trail: OK with the count and head, or the first changed, missing or unchained entry
         * @description Permission: `audit.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            broken: {
                                action: string | null;
                                at: string | null;
                                id: number | null;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                reason: "hash-mismatch" | "missing-entries" | "unchained-entry" | "head-mismatch";
                                seq: number | null;
                            } | null;
                            count: number;
                            head: {
                                hash: string;
                                seq: number;
                            };
                            ok: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with username and password; sets the session cookie. Limited per client (429) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mustChangePassword: boolean;
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I: account, role, org, permissions, and whether my password must be changed first
         * @description Permission: `account.self`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: number;
                            displayName: string;
                            hasPassword: boolean;
                            idleTimeoutMinutes: number;
                            mustChangePassword: boolean;
                            orgId: number | null;
                            orgName: string | null;
                            /** @enum {string} */
                            passwordPolicy: "mlps" | "asvs";
                            readonly permissions: string[];
                            personId: number | null;
                            role: string;
                            roleName: {
                                en: string;
                                zh: string;
                            };
                            username: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a one-time login code to a member’s mobile (SMS outbox); the same answer for any number */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        mobile: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            resendAfterSeconds: number;
                            sent: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/otp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a member in with mobile and one-time code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        mobile: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password; ends my other sessions
         * @description Permission: `account.self`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                            otherSessionsEnded: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Years the working-day calendar covers, with the State Council notices behind each
         * @description Permission: `policy.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            first: number;
                            last: number;
                            years: {
                                checked: boolean;
                                notices: {
                                    date: string;
                                    number: string;
                                    title: string;
                                }[];
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
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
        get?: never;
        /**
         * Add (or correct) a year published after this release, in the format of packages/policy/params/calendar/<year>.yaml
         * @description Permission: `calendar.manage`
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        yaml: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            first: number;
                            last: number;
                            years: {
                                checked: boolean;
                                notices: {
                                    date: string;
                                    number: string;
                                    title: string;
                                }[];
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{year}/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The days of a year that differ from the Monday–Friday week: weekday holidays and weekend working days, with the notices
         * @description Permission: `policy.read`
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            covered: boolean;
                            holidays: string[];
                            notices: {
                                date?: string;
                                number: string;
                                title?: string;
                            }[];
                            workdays: string[];
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is a date a working day; add N working days; count working days between two dates
         * @description Permission: `policy.read`
         */
        get: {
            parameters: {
                query: {
                    add?: number;
                    date: string;
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            add?: number;
                            date: string;
                            isWorkingDay: boolean;
                            result?: string;
                            until?: string;
                            workingDays?: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Calls for proposals I run or am asked to answer
         * @description Permission: `calls.read`
         */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    moderate: boolean;
                                    screen: boolean;
                                    submit: boolean;
                                    support: boolean;
                                    update: boolean;
                                };
                                collectionEndsOn: string;
                                collectionStartsOn: string;
                                consultationEndsOn: string;
                                consultationStartsOn: string;
                                hideTallies: boolean;
                                id: number;
                                maxSupports: number;
                                orgId: number;
                                orgName: string;
                                principles: string | null;
                                publicationEvent: string | null;
                                publicationOn: string | null;
                                screeningEndsOn: string;
                                /** @enum {string} */
                                stage: "upcoming" | "collection" | "screening" | "consultation" | "publication";
                                stageName: {
                                    en: string;
                                    zh: string;
                                };
                                stages: {
                                    endsOn: string | null;
                                    /** @enum {string} */
                                    key: "collection" | "screening" | "consultation" | "publication";
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    startsOn: string;
                                }[];
                                title: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a call for proposals for a union in my scope (stage dates in order)
         * @description Permission: `calls.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        collectionEndsOn: string;
                        collectionStartsOn: string;
                        consultationEndsOn: string;
                        consultationStartsOn: string;
                        /** @default true */
                        hideTallies?: boolean;
                        /** @default 5 */
                        maxSupports?: number;
                        orgId: number;
                        /** @default  */
                        principles?: string;
                        publicationEvent?: string;
                        publicationOn?: string;
                        screeningEndsOn: string;
                        title: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                moderate: boolean;
                                screen: boolean;
                                submit: boolean;
                                support: boolean;
                                update: boolean;
                            };
                            collectionEndsOn: string;
                            collectionStartsOn: string;
                            consultationEndsOn: string;
                            consultationStartsOn: string;
                            hideTallies: boolean;
                            id: number;
                            maxSupports: number;
                            orgId: number;
                            orgName: string;
                            principles: string | null;
                            publicationEvent: string | null;
                            publicationOn: string | null;
                            screeningEndsOn: string;
                            /** @enum {string} */
                            stage: "upcoming" | "collection" | "screening" | "consultation" | "publication";
                            stageName: {
                                en: string;
                                zh: string;
                            };
                            stages: {
                                endsOn: string | null;
                                /** @enum {string} */
                                key: "collection" | "screening" | "consultation" | "publication";
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                startsOn: string;
                            }[];
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One call with its stages and the current stage
         * @description Permission: `calls.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                moderate: boolean;
                                screen: boolean;
                                submit: boolean;
                                support: boolean;
                                update: boolean;
                            };
                            collectionEndsOn: string;
                            collectionStartsOn: string;
                            consultationEndsOn: string;
                            consultationStartsOn: string;
                            counts?: {
                                linked: number;
                                proposals: number;
                            };
                            hideTallies: boolean;
                            id: number;
                            maxSupports: number;
                            orgId: number;
                            orgName: string;
                            principles: string | null;
                            publicationEvent: string | null;
                            publicationOn: string | null;
                            screeningEndsOn: string;
                            /** @enum {string} */
                            stage: "upcoming" | "collection" | "screening" | "consultation" | "publication";
                            stageName: {
                                en: string;
                                zh: string;
                            };
                            stages: {
                                endsOn: string | null;
                                /** @enum {string} */
                                key: "collection" | "screening" | "consultation" | "publication";
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                startsOn: string;
                            }[];
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a call (dates re-checked)
         * @description Permission: `calls.manage`
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        collectionEndsOn?: string;
                        collectionStartsOn?: string;
                        consultationEndsOn?: string;
                        consultationStartsOn?: string;
                        /** @default true */
                        hideTallies?: boolean;
                        /** @default 5 */
                        maxSupports?: number;
                        /** @default  */
                        principles?: string;
                        publicationEvent?: string;
                        publicationOn?: string;
                        screeningEndsOn?: string;
                        title?: string;
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                moderate: boolean;
                                screen: boolean;
                                submit: boolean;
                                support: boolean;
                                update: boolean;
                            };
                            collectionEndsOn: string;
                            collectionStartsOn: string;
                            consultationEndsOn: string;
                            consultationStartsOn: string;
                            hideTallies: boolean;
                            id: number;
                            maxSupports: number;
                            orgId: number;
                            orgName: string;
                            principles: string | null;
                            publicationEvent: string | null;
                            publicationOn: string | null;
                            screeningEndsOn: string;
                            /** @enum {string} */
                            stage: "upcoming" | "collection" | "screening" | "consultation" | "publication";
                            stageName: {
                                en: string;
                                zh: string;
                            };
                            stages: {
                                endsOn: string | null;
                                /** @enum {string} */
                                key: "collection" | "screening" | "consultation" | "publication";
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                startsOn: string;
                            }[];
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/calls/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Candidates (the owner sees all; others the shortlist from consultation on)
         * @description Permission: `calls.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    drop: boolean;
                                    shortlist: boolean;
                                    support: boolean;
                                };
                                callId: number;
                                category: string | null;
                                categoryName: {
                                    en: string;
                                    zh: string;
                                } | null;
                                id: number;
                                rationale: string | null;
                                sourceProposals: {
                                    form: string;
                                    id: number;
                                    orgName?: string | null;
                                    title: string;
                                }[];
                                status: string;
                                summary: string | null;
                                supportCount: number | null;
                                supportedByMe: boolean;
                                talliesHidden: boolean;
                                title: string;
                            }[];
                            maxSupports: number;
                            supportsUsed: number;
                            talliesHidden?: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Screening: make a candidate from one or more proposals (duplicates merged, all linked)
         * @description Permission: `calls.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "rights" | "skills" | "health" | "living" | "hardship" | "culture-sports" | "employment" | "other";
                        proposalIds: number[];
                        /** @default  */
                        summary?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                drop: boolean;
                                shortlist: boolean;
                                support: boolean;
                            };
                            callId: number;
                            category: string | null;
                            categoryName: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            rationale: string | null;
                            sourceProposals: {
                                form: string;
                                id: number;
                                orgName?: string | null;
                                title: string;
                            }[];
                            status: string;
                            summary: string | null;
                            supportCount: number | null;
                            supportedByMe: boolean;
                            talliesHidden: boolean;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proposals of a call (all for the owner, my own otherwise)
         * @description Permission: `calls.read`
         */
        get: {
            parameters: {
                query?: {
                    status?: "submitted" | "classified" | "merged" | "returned";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    classify: boolean;
                                    merge: boolean;
                                    return: boolean;
                                    revealContact: boolean;
                                };
                                approach: string | null;
                                assessmentOfLastYear: string | null;
                                callId: number;
                                candidateId: number | null;
                                category: string | null;
                                categoryName: {
                                    en: string;
                                    zh: string;
                                } | null;
                                contactPhone: string | null;
                                content: string | null;
                                createdAt: string;
                                design: string | null;
                                expectedOutcome: string | null;
                                filledBy: string | null;
                                /** @enum {string} */
                                form: "union" | "department" | "member";
                                formName: {
                                    en: string;
                                    zh: string;
                                };
                                funding: string | null;
                                id: number;
                                introduction: string | null;
                                resources: string | null;
                                returnReason: string | null;
                                status: string;
                                submitter: {
                                    accountId: number;
                                    name: string;
                                    orgId: number | null;
                                    orgName: string | null;
                                };
                                targetGroup: string | null;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit a proposal (征集表一/二, or a member’s short form) during collection
         * @description Permission: `proposals.submit`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approach?: string;
                        assessmentOfLastYear?: string;
                        contactPhone?: string;
                        content?: string;
                        design?: string;
                        expectedOutcome?: string;
                        filledBy?: string;
                        funding?: string;
                        introduction: string;
                        resources?: string;
                        targetGroup?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                classify: boolean;
                                merge: boolean;
                                return: boolean;
                                revealContact: boolean;
                            };
                            approach: string | null;
                            assessmentOfLastYear: string | null;
                            callId: number;
                            candidateId: number | null;
                            category: string | null;
                            categoryName: {
                                en: string;
                                zh: string;
                            } | null;
                            contactPhone: string | null;
                            content: string | null;
                            createdAt: string;
                            design: string | null;
                            expectedOutcome: string | null;
                            filledBy: string | null;
                            /** @enum {string} */
                            form: "union" | "department" | "member";
                            formName: {
                                en: string;
                                zh: string;
                            };
                            funding: string | null;
                            id: number;
                            introduction: string | null;
                            resources: string | null;
                            returnReason: string | null;
                            status: string;
                            submitter: {
                                accountId: number;
                                name: string;
                                orgId: number | null;
                                orgName: string | null;
                            };
                            targetGroup: string | null;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calls list as .xlsx with the same filters and scope, in the page’s columns
         * @description Permission: `calls.read`
         */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Comments on a candidate (hidden ones show their reason)
         * @description Permission: `calls.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    hide: boolean;
                                };
                                author: string;
                                body: string | null;
                                candidateId: number;
                                createdAt: string;
                                hidden: boolean;
                                hiddenReason: string | null;
                                id: number;
                                mine: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Consultation: comment on a candidate
         * @description Permission: `consultation.take-part`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                hide: boolean;
                            };
                            author: string;
                            body: string | null;
                            candidateId: number;
                            createdAt: string;
                            hidden: boolean;
                            hiddenReason: string | null;
                            id: number;
                            mine: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/{id}/drop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screening: leave a candidate off the shortlist, with a rationale
         * @description Permission: `calls.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rationale: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                drop: boolean;
                                shortlist: boolean;
                                support: boolean;
                            };
                            callId: number;
                            category: string | null;
                            categoryName: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            rationale: string | null;
                            sourceProposals: {
                                form: string;
                                id: number;
                                orgName?: string | null;
                                title: string;
                            }[];
                            status: string;
                            summary: string | null;
                            supportCount: number | null;
                            supportedByMe: boolean;
                            talliesHidden: boolean;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screening: merge more proposals into a candidate
         * @description Permission: `calls.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        proposalIds: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                drop: boolean;
                                shortlist: boolean;
                                support: boolean;
                            };
                            callId: number;
                            category: string | null;
                            categoryName: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            rationale: string | null;
                            sourceProposals: {
                                form: string;
                                id: number;
                                orgName?: string | null;
                                title: string;
                            }[];
                            status: string;
                            summary: string | null;
                            supportCount: number | null;
                            supportedByMe: boolean;
                            talliesHidden: boolean;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/{id}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screening: shortlist with a written rationale
         * @description Permission: `calls.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rationale: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                drop: boolean;
                                shortlist: boolean;
                                support: boolean;
                            };
                            callId: number;
                            category: string | null;
                            categoryName: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            rationale: string | null;
                            sourceProposals: {
                                form: string;
                                id: number;
                                orgName?: string | null;
                                title: string;
                            }[];
                            status: string;
                            summary: string | null;
                            supportCount: number | null;
                            supportedByMe: boolean;
                            talliesHidden: boolean;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/{id}/supports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Consultation: support a candidate (once per account, within the call’s limit)
         * @description Permission: `consultation.take-part`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidateId: number;
                            maxSupports: number;
                            supportedByMe: boolean;
                            supportsUsed: number;
                        };
                    };
                };
            };
        };
        /**
         * Consultation: withdraw my support
         * @description Permission: `consultation.take-part`
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidateId: number;
                            maxSupports: number;
                            supportedByMe: boolean;
                            supportsUsed: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/class-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业版送教上门 visits of units in my subtree, and each unit’s free visits used in the year
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    cancel: boolean;
                                };
                                address: string;
                                attendees: number;
                                category: string;
                                categoryName: {
                                    en: string;
                                    zh: string;
                                };
                                contactName: string;
                                contactPhone: string;
                                createdAt: string;
                                endTime: string;
                                freeVisitsPerYear: number;
                                id: number;
                                orgId: number;
                                orgName: string;
                                startTime: string;
                                /** @enum {string} */
                                status: "booked" | "cancelled";
                                visitNumber: number;
                                visitOn: string;
                                year: number;
                            }[];
                            used: {
                                booked: number;
                                free: number;
                                orgId: number;
                                orgName: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Book a 1.5-hour on-site visit for a unit; two free a year (409 over-free-visits)
         * @description Permission: `pools.claim`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 送教地点 */
                        address: string;
                        /** @description 预计参加人数 */
                        attendees: number;
                        /** @enum {string} */
                        category: "茶艺" | "摄影" | "沙画" | "MTV舞蹈" | "肚皮舞" | "街舞" | "魔术" | "美妆" | "瑜伽" | "素描" | "朗诵" | "电子琴" | "礼仪" | "肢体语言" | "心理" | "自我管理" | "当代艺术" | "红酒品鉴" | "台球" | "跑步" | "啦啦操" | "乒乓球" | "羽毛球" | "新闻报道写作与企业文化宣传" | "服饰和配饰的选择与搭配" | "芭蕾舞" | "交响乐" | "插花" | "普拉提" | "爵士舞";
                        contactName: string;
                        contactPhone: string;
                        /** @description the unit (enterprise or union organisation) the class visits */
                        orgId: number;
                        /** @description 开始时间；每场一个半小时 */
                        startTime: string;
                        visitOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                cancel: boolean;
                            };
                            address: string;
                            attendees: number;
                            category: string;
                            categoryName: {
                                en: string;
                                zh: string;
                            };
                            contactName: string;
                            contactPhone: string;
                            createdAt: string;
                            endTime: string;
                            freeVisitsPerYear: number;
                            id: number;
                            orgId: number;
                            orgName: string;
                            startTime: string;
                            /** @enum {string} */
                            status: "booked" | "cancelled";
                            visitNumber: number;
                            visitOn: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/class-visits/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a visit before its day: the unit gets the free visit back
         * @description Permission: `pools.claim`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                cancel: boolean;
                            };
                            address: string;
                            attendees: number;
                            category: string;
                            categoryName: {
                                en: string;
                                zh: string;
                            };
                            contactName: string;
                            contactPhone: string;
                            createdAt: string;
                            endTime: string;
                            freeVisitsPerYear: number;
                            id: number;
                            orgId: number;
                            orgName: string;
                            startTime: string;
                            /** @enum {string} */
                            status: "booked" | "cancelled";
                            visitNumber: number;
                            visitOn: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 现场版 class sessions open to my union (and my subtree’s), with places left
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    book: boolean;
                                    bookForMembers: boolean;
                                    cancel: boolean;
                                };
                                booked: boolean;
                                capacity: number;
                                category: string;
                                categoryName: {
                                    en: string;
                                    zh: string;
                                };
                                closesAt: string;
                                endsAt: string;
                                /** @description the session’s pool id */
                                id: number;
                                opensAt: string;
                                orgId: number;
                                orgName: string;
                                remaining: number;
                                startsAt: string;
                                /** @enum {string} */
                                state: "scheduled" | "open" | "full" | "closed";
                                taken: number;
                                teacher: string | null;
                                teachingPoint: string;
                                title: string;
                                venue: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a class session: a first-come pool of kind class with its course details
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        capacity: number;
                        /** @enum {string} */
                        category: "茶艺" | "摄影" | "沙画" | "MTV舞蹈" | "肚皮舞" | "街舞" | "魔术" | "美妆" | "瑜伽" | "素描" | "朗诵" | "电子琴" | "礼仪" | "肢体语言" | "心理" | "自我管理" | "当代艺术" | "红酒品鉴" | "台球" | "跑步" | "啦啦操" | "乒乓球" | "羽毛球" | "新闻报道写作与企业文化宣传" | "服饰和配饰的选择与搭配" | "芭蕾舞" | "交响乐" | "插花" | "普拉提" | "爵士舞";
                        /** Format: date-time */
                        endsAt: string;
                        /**
                         * Format: date-time
                         * @description booking opens (default: now)
                         */
                        opensAt?: string;
                        /** @description the union whose members may book (the federation: every member) */
                        orgId: number;
                        /** Format: date-time */
                        startsAt: string;
                        teacher?: string;
                        /** @description 教学点 */
                        teachingPoint: string;
                        title: string;
                        /** @description 上课地点（教室、地址） */
                        venue: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                book: boolean;
                                bookForMembers: boolean;
                                cancel: boolean;
                            };
                            booked: boolean;
                            capacity: number;
                            category: string;
                            categoryName: {
                                en: string;
                                zh: string;
                            };
                            closesAt: string;
                            endsAt: string;
                            /** @description the session’s pool id */
                            id: number;
                            opensAt: string;
                            orgId: number;
                            orgName: string;
                            remaining: number;
                            startsAt: string;
                            /** @enum {string} */
                            state: "scheduled" | "open" | "full" | "closed";
                            taken: number;
                            teacher: string | null;
                            teachingPoint: string;
                            title: string;
                            venue: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One class session
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                book: boolean;
                                bookForMembers: boolean;
                                cancel: boolean;
                            };
                            booked: boolean;
                            capacity: number;
                            category: string;
                            categoryName: {
                                en: string;
                                zh: string;
                            };
                            closesAt: string;
                            endsAt: string;
                            /** @description the session’s pool id */
                            id: number;
                            opensAt: string;
                            orgId: number;
                            orgName: string;
                            remaining: number;
                            startsAt: string;
                            /** @enum {string} */
                            state: "scheduled" | "open" | "full" | "closed";
                            taken: number;
                            teacher: string | null;
                            teachingPoint: string;
                            title: string;
                            venue: string;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who booked, in order (masked; full only for members in my subtree)
         * @description Permission: `pools.manage`
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: number;
                                memberId: number;
                                memberNo: string;
                                name: string;
                                orgId: number;
                                orgName: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Book a place (a member for themself, an officer for a member in scope); 409 pool-full / already-claimed / pool-closed
         * @description Permission: `pools.claim`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the member (person id) an officer books for; none: the member for themself */
                        memberId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capacity: number;
                            classId: number;
                            id: number;
                            memberId: number;
                            remaining: number;
                            taken: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/{id}/bookings/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking before the class starts: the place goes back
         * @description Permission: `pools.claim`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the member (person id) an officer books for; none: the member for themself */
                        memberId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capacity: number;
                            classId: number;
                            memberId: number;
                            remaining: number;
                            taken: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The courses of 公益乐学 (000 三), zh and en
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/forms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A filed 附件1 公益乐学教学点申报表 or 附件2 公益乐学直通车版预约表 as .xlsx (by application id)
         * @description Permission: `applications.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Moderation: hide a comment with a reason
         * @description Permission: `calls.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                hide: boolean;
                            };
                            author: string;
                            body: string | null;
                            candidateId: number;
                            createdAt: string;
                            hidden: boolean;
                            hiddenReason: string | null;
                            id: number;
                            mine: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload one document (multipart: field `type` first, then `file`); PDF, JPEG or PNG by content, ≤ 10 MB, stored with its SHA-256; attach it when submitting
         * @description Permission: `applications.submit`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: number | null;
                            fileName: string;
                            id: number;
                            mime: string;
                            sha256: string;
                            size: number;
                            type: string;
                            uploadedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The document itself, for reviewers in scope (audited)
         * @description Permission: `applications.review`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A union’s year: every project’s progress, who is behind, money spent against budget (ECharts options)
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query: {
                    orgId?: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            charts: {
                                money: {
                                    [key: string]: unknown;
                                };
                                progress: {
                                    [key: string]: unknown;
                                };
                            };
                            expectedPercent: number;
                            projects: {
                                behind: boolean;
                                behindUnions: {
                                    actual: number;
                                    indicator: string;
                                    orgId: number;
                                    orgName: string;
                                    percent: number;
                                    planned: number;
                                    targetId: number;
                                }[];
                                behindUnits: number;
                                budgetYuan: number | null;
                                category: string;
                                expectedPercent: number;
                                id: number;
                                no: number;
                                pendingYuan: number;
                                percent: number | null;
                                programActivity: {
                                    approved: {
                                        amountYuan: number;
                                        count: number;
                                    };
                                    byStatus: {
                                        approved: number;
                                        "in-review": number;
                                        rejected: number;
                                        returned: number;
                                        withdrawn: number;
                                    };
                                    paid: {
                                        amountYuan: number;
                                        count: number;
                                    };
                                    program: string;
                                    /** @enum {string} */
                                    scope: "all" | "part";
                                    total: number;
                                    year: number;
                                }[];
                                responsibleOrgName: string | null;
                                spentYuan: number;
                                /** @enum {string} */
                                status: "planned" | "in-progress" | "completed";
                                suppressed: boolean;
                                targets: {
                                    actual: number | null;
                                    /** @enum {string} */
                                    actualFrom: "reports" | "approved-applications" | "paid-applications" | "deliveries";
                                    allocationMismatch: boolean;
                                    indicator: string;
                                    percent: number | null;
                                    planned: number;
                                    suppressed: boolean;
                                    targetId: number;
                                    unit: string;
                                }[];
                                title: string;
                            }[];
                            slate: {
                                abilities: {
                                    addProject: boolean;
                                    close: boolean;
                                    publish: boolean;
                                    update: boolean;
                                };
                                approvedOn: string | null;
                                callId: number | null;
                                closedOn: string | null;
                                documentNo: string | null;
                                id: number;
                                meeting: string | null;
                                orgId: number;
                                orgName: string;
                                published: boolean;
                                publishedAt: (string) | null;
                                source: string | null;
                                title: string;
                                year: number;
                            };
                            summary: {
                                behind: number;
                                budgetYuan: number;
                                completed: number;
                                projects: number;
                                spentYuan: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            databaseMs: number;
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Import batches in my scope
         * @description Permission: `members.import`
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                fileName: string;
                                id: number;
                                importedCount: number;
                                invalidCount: number;
                                kind: string;
                                orgName: string;
                                /** @enum {string} */
                                status: "validated" | "importing" | "imported" | "failed" | "discarded";
                                total: number;
                                validCount: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A batch: counts, first errors, progress
         * @description Permission: `members.import`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            errorCount: number;
                            errors: {
                                code: string;
                                column: string;
                                message: string;
                                messages: {
                                    en: string;
                                    zh: string;
                                };
                                row: number;
                                value: string;
                            }[];
                            fileName: string;
                            finishedAt: (string) | null;
                            id: number;
                            importedCount: number;
                            invalidCount: number;
                            kind: string;
                            orgId: number;
                            orgName: string;
                            progress: {
                                done: number;
                                phase: string;
                                total: number;
                            } | null;
                            /** @enum {string} */
                            status: "validated" | "importing" | "imported" | "failed" | "discarded";
                            total: number;
                            validCount: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the valid rows (a job; all or nothing)
         * @description Permission: `members.import`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            errorCount: number;
                            errors: {
                                code: string;
                                column: string;
                                message: string;
                                messages: {
                                    en: string;
                                    zh: string;
                                };
                                row: number;
                                value: string;
                            }[];
                            fileName: string;
                            finishedAt: (string) | null;
                            id: number;
                            importedCount: number;
                            invalidCount: number;
                            kind: string;
                            orgId: number;
                            orgName: string;
                            progress: {
                                done: number;
                                phase: string;
                                total: number;
                            } | null;
                            /** @enum {string} */
                            status: "validated" | "importing" | "imported" | "failed" | "discarded";
                            total: number;
                            validCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discard a validated batch
         * @description Permission: `members.import`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            errorCount: number;
                            errors: {
                                code: string;
                                column: string;
                                message: string;
                                messages: {
                                    en: string;
                                    zh: string;
                                };
                                row: number;
                                value: string;
                            }[];
                            fileName: string;
                            finishedAt: (string) | null;
                            id: number;
                            importedCount: number;
                            invalidCount: number;
                            kind: string;
                            orgId: number;
                            orgName: string;
                            progress: {
                                done: number;
                                phase: string;
                                total: number;
                            } | null;
                            /** @enum {string} */
                            status: "validated" | "importing" | "imported" | "failed" | "discarded";
                            total: number;
                            validCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Error report naming row and column (.xlsx)
         * @description Permission: `members.import`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress of an importing batch
         * @description Permission: `members.import`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors?: {
                                code: string;
                                column: string;
                                message: string;
                                messages: {
                                    en: string;
                                    zh: string;
                                };
                                row: number;
                                value: string;
                            }[];
                            id: number;
                            importedCount?: number;
                            progress: {
                                done: number;
                                phase: string;
                                total: number;
                            } | null;
                            /** @enum {string} */
                            status: "validated" | "importing" | "imported" | "failed" | "discarded";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a member file (.xlsx/.csv, multipart field `file`, optional field `orgId` before it) and validate every row; nothing is written to the registry yet
         * @description Permission: `members.import`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            errorCount: number;
                            errors: {
                                code: string;
                                column: string;
                                message: string;
                                messages: {
                                    en: string;
                                    zh: string;
                                };
                                row: number;
                                value: string;
                            }[];
                            fileName: string;
                            finishedAt: (string) | null;
                            id: number;
                            importedCount: number;
                            invalidCount: number;
                            kind: string;
                            orgId: number;
                            orgName: string;
                            progress: {
                                done: number;
                                phase: string;
                                total: number;
                            } | null;
                            /** @enum {string} */
                            status: "validated" | "importing" | "imported" | "failed" | "discarded";
                            total: number;
                            validCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/template/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Blank member import template (.xlsx)
         * @description Permission: `members.import`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/login-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Login attempts (kept apart from the operation log); filters by username, date and result
         * @description Permission: `login-log.read`
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    success?: "true" | "false";
                    to?: string;
                    username?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                at: string;
                                id: number;
                                ip: string | null;
                                method: string;
                                reason: string | null;
                                success: boolean;
                                username: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/login-log/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The login log with the same filters as .xlsx, Chinese headers
         * @description Permission: `login-log.read`
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    success?: "true" | "false";
                    to?: string;
                    username?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My applications (member login)
         * @description Permission: `self.read`
         */
        get: {
            parameters: {
                query?: {
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    programId?: number;
                    /** @description application number, member number or name prefix */
                    q?: string;
                    status?: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    approve: boolean;
                                    /** @description an approved booking the applicant may still cancel (before it starts) */
                                    cancel: boolean;
                                    reject: boolean;
                                    resubmit: boolean;
                                    return: boolean;
                                    viewDocuments: boolean;
                                    withdraw: boolean;
                                };
                                /** @description yuan */
                                amount: number;
                                applicant: {
                                    /** @enum {string} */
                                    kind: "member" | "org";
                                    org: {
                                        id: number;
                                        name: string;
                                    } | null;
                                };
                                appliedOn: string;
                                /** @enum {string} */
                                channel: "personal" | "unit";
                                decidedOn: string | null;
                                /** @description the application form as filed */
                                form: unknown;
                                id: number;
                                /** @description null when the applicant is an organisation */
                                member: {
                                    idNumber: string;
                                    memberNo: string;
                                    name: string;
                                    personId: number;
                                } | null;
                                no: string;
                                org: {
                                    id: number;
                                    name: string;
                                };
                                overdue: boolean;
                                program: string;
                                programId: number;
                                programTitle: string;
                                region: {
                                    id: number;
                                    name: string | null;
                                } | null;
                                rejectReason: string | null;
                                /** @enum {string} */
                                status: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                                statusName: {
                                    en: string;
                                    zh: string;
                                };
                                step: {
                                    dueOn: string | null;
                                    dueProvisional?: boolean;
                                    index: number;
                                    level: string | null;
                                    name: {
                                        en: string;
                                        zh: string;
                                    } | null;
                                    org: string | null;
                                    role: string | null;
                                    startedOn: string | null;
                                } | null;
                                subject: string | null;
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my applications, with its status history
         * @description Permission: `self.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                /** @description an approved booking the applicant may still cancel (before it starts) */
                                cancel: boolean;
                                reject: boolean;
                                resubmit: boolean;
                                return: boolean;
                                viewDocuments: boolean;
                                withdraw: boolean;
                            };
                            /** @description yuan */
                            amount: number;
                            applicant: {
                                /** @enum {string} */
                                kind: "member" | "org";
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                            };
                            appliedOn: string;
                            /** @enum {string} */
                            channel: "personal" | "unit";
                            decidedOn: string | null;
                            documents: {
                                applicationId: number | null;
                                fileName: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                                type: string;
                                uploadedAt: string;
                            }[];
                            /** @description the policy engine’s decision kept with the application; trace and input for officers only */
                            evaluation: {
                                at: unknown;
                                eligible: unknown;
                                input?: unknown;
                                output: unknown;
                                policy: unknown;
                                reasons: unknown;
                                trace?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description the application form as filed */
                            form: unknown;
                            history: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                dueOn: string | null;
                                evaluation?: unknown;
                                level: string | null;
                                org: string | null;
                                step: number;
                            }[];
                            id: number;
                            /** @description null when the applicant is an organisation */
                            member: {
                                idNumber: string;
                                memberNo: string;
                                name: string;
                                personId: number;
                            } | null;
                            no: string;
                            org: {
                                id: number;
                                name: string;
                            };
                            overdue: boolean;
                            program: string;
                            programId: number;
                            programTitle: string;
                            region: {
                                id: number;
                                name: string | null;
                            } | null;
                            rejectReason: string | null;
                            /** @enum {string} */
                            status: "in-review" | "returned" | "approved" | "rejected" | "withdrawn";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            step: {
                                dueOn: string | null;
                                dueProvisional?: boolean;
                                index: number;
                                level: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                } | null;
                                org: string | null;
                                role: string | null;
                                startedOn: string | null;
                            } | null;
                            subject: string | null;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My booked classes
         * @description Permission: `self.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    book: boolean;
                                    bookForMembers: boolean;
                                    cancel: boolean;
                                };
                                booked: boolean;
                                capacity: number;
                                category: string;
                                categoryName: {
                                    en: string;
                                    zh: string;
                                };
                                closesAt: string;
                                endsAt: string;
                                /** @description the session’s pool id */
                                id: number;
                                opensAt: string;
                                orgId: number;
                                orgName: string;
                                remaining: number;
                                startsAt: string;
                                /** @enum {string} */
                                state: "scheduled" | "open" | "full" | "closed";
                                taken: number;
                                teacher: string | null;
                                teachingPoint: string;
                                title: string;
                                venue: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My own entitlements on a date (member login)
         * @description Every program of the policy engine for this person on the date: status (eligible, conditional, not-eligible, not-in-force), amounts, reasons, what is still needed, and the facts used (registry or assumed); unit-level programs are listed apart under unitPrograms.
         *
         *     Permission: `self.read`
         */
        get: {
            parameters: {
                query?: {
                    /** @description the day the rules are applied on; default today (Asia/Shanghai) */
                    date?: string;
                    /** @description include each engine run (input, policy, trace) and the parameters shown */
                    trace?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            date: string;
                            /** @description the entitlements, by status then in the engine’s program order */
                            items: unknown[];
                            member: boolean;
                            membership: unknown;
                            name: string;
                            personId: number;
                            unitPrograms: unknown[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/member": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My own member record (member login)
         * @description Permission: `self.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                end: boolean;
                                reveal: boolean;
                                transfer: boolean;
                                update: boolean;
                            };
                            birthDate: string;
                            categories: string[];
                            current: {
                                /** @enum {string} */
                                cardStatus: "none" | "issued" | "active" | "lost" | "cancelled";
                                eMembership: boolean;
                                joinedOn: string;
                                leftOn: string | null;
                                memberNo: string;
                                membershipId: number;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                /** @enum {string} */
                                status: "active" | "transferred" | "ended";
                                /** @enum {string} */
                                unitCategory: "ordinary" | "special";
                            } | null;
                            history: {
                                /** @enum {string} */
                                cardStatus: "none" | "issued" | "active" | "lost" | "cancelled";
                                eMembership: boolean;
                                joinedOn: string;
                                leftOn: string | null;
                                memberNo: string;
                                membershipId: number;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                /** @enum {string} */
                                status: "active" | "transferred" | "ended";
                                /** @enum {string} */
                                unitCategory: "ordinary" | "special";
                            }[];
                            /** @description masked */
                            idNumber: string;
                            /** @description masked */
                            mobile: string | null;
                            name: string;
                            personId: number;
                            /** @enum {string} */
                            sex: "male" | "female";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My portal notices, newest first
         * @description Permission: `account.self`
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                at: string;
                                id: number;
                                payload: unknown;
                                read: boolean;
                                template: string;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            total: number;
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of my notices read
         * @description Permission: `account.self`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My payments: amounts booked for me and whether they are paid (member login)
         * @description Permission: `self.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: number;
                                applicationNo: string;
                                batchNo: string | null;
                                bookedOn: string;
                                id: number;
                                /** @enum {string} */
                                kind: "payable" | "reversal";
                                paidOn: string | null;
                                payBy: string | null;
                                program: string;
                                reason: string | null;
                                /** @enum {string} */
                                status: "paid" | "in-settlement" | "payable";
                            }[];
                            paidTotal: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My places in first-come pools
         * @description Permission: `self.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claims: {
                                createdAt: string;
                                id: number;
                                orgName: string;
                                poolId: number;
                                program: string | null;
                                title: string;
                                year: number | null;
                            }[];
                            /** @description my trips and checkups: the submitted or settled rosters I am on (issue 10 §3) */
                            trips: {
                                endsOn: string;
                                /** @description the union that put me on the roster */
                                orgName: string;
                                program: string;
                                provider: string;
                                rosterId: number;
                                site: string;
                                startsOn: string;
                                /**
                                 * @description submitted: coming or done, not yet settled; settled: the provider has claimed it
                                 * @enum {string}
                                 */
                                status: "submitted" | "settled";
                                title: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/protection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My covers: plan, mode, coverage dates, what it cost and who paid
         * @description Permission: `self.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description my flexible workers’ C/D covers (002 “五送”, 001 项目7) */
                            flexible?: {
                                /** @enum {string} */
                                channel: "qr-code" | "dues" | "officer";
                                coverageEnd: string;
                                coverageStart: string;
                                deliveries: {
                                    done: {
                                        deliveredOn: string;
                                        giftForm: ("transport-card" | "phone-card" | "online-voucher" | "goods" | "pickup-voucher") | null;
                                        id: number;
                                        lateReason: string | null;
                                        note: string | null;
                                        service: ("safety-training" | "legal-aid" | "skills" | "sanatorium" | "hardship-relief" | "culture-sports" | "other") | null;
                                    }[];
                                    due: string | null;
                                    /** @enum {string} */
                                    kind: "checkup" | "cooling-gift" | "warmth-gift" | "service";
                                    lastDay: string | null;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    required: boolean;
                                }[];
                                duesPaid: number;
                                duesPaidOn: string | null;
                                enrolledOn: string;
                                id: number;
                                idMasked: string | null;
                                /** @description yuan; null where the seeds do not state it */
                                maxBenefit: number | null;
                                memberId: number;
                                memberNo: string;
                                membershipId: number;
                                name: string;
                                orgId: number;
                                orgName: string;
                                /** @enum {string} */
                                plan: "C" | "D";
                                planName: {
                                    en: string;
                                    zh: string;
                                };
                                policy: string;
                                regionId: number | null;
                                year: number;
                            }[];
                            items: {
                                citySubsidy: number;
                                coverageEnd: string;
                                coverageStart: string;
                                id: number;
                                idMasked: string | null;
                                listId: number | null;
                                memberNo: string;
                                membershipId: number;
                                /** @enum {string} */
                                mode: "collective" | "new-card" | "card-without-cover" | "individual";
                                name: string;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                paidOn: string | null;
                                /** @enum {string} */
                                payer: "union" | "member";
                                paymentDue: string | null;
                                /** @enum {string} */
                                paymentState: "unpaid" | "remitted" | "paid";
                                /**
                                 * @description where today (Asia/Shanghai) stands in the coverage period
                                 * @enum {string}
                                 */
                                phase: "not-started" | "in-force" | "ended";
                                /** @enum {string} */
                                plan: "A" | "B" | "A+" | "B+";
                                planName: {
                                    en: string;
                                    zh: string;
                                };
                                policy: string;
                                premium: number;
                                regionId: number | null;
                                remainder: number;
                                status: string;
                                /** @enum {string} */
                                term: "full-year" | "half-year";
                                /** @enum {string} */
                                unitCategory: "ordinary" | "special";
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Individual enrollment: apply, then pay within 15 working days; cover from the next day
         * @description Permission: `protection.apply`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        plan: "A" | "B" | "A+" | "B+";
                        /** @enum {string} */
                        unitCategory?: "ordinary" | "special";
                        /** @description the coverage year; default this year */
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appliedOn: string | null;
                            citySubsidy: number;
                            coverageEnd: string;
                            coverageStart: string;
                            evaluation: {
                                [key: string]: unknown;
                            } | null;
                            firstIndividual: boolean;
                            id: number;
                            idMasked: string | null;
                            listId: number | null;
                            memberNo: string;
                            membershipId: number;
                            /** @enum {string} */
                            mode: "collective" | "new-card" | "card-without-cover" | "individual";
                            name: string;
                            note: string | null;
                            orgId: number;
                            orgName: string;
                            paidOn: string | null;
                            /** @enum {string} */
                            payer: "union" | "member";
                            paymentDue: string | null;
                            /** @enum {string} */
                            paymentState: "unpaid" | "remitted" | "paid";
                            /**
                             * @description where today (Asia/Shanghai) stands in the coverage period
                             * @enum {string}
                             */
                            phase: "not-started" | "in-force" | "ended";
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            premium: number;
                            regionId: number | null;
                            remainder: number;
                            status: string;
                            /** @enum {string} */
                            term: "full-year" | "half-year";
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/protection/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My claims and their status
         * @description Permission: `protection.apply`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    pay: boolean;
                                    review: boolean;
                                };
                                amount: number;
                                /** @enum {string} */
                                claimType: "critical-illness" | "accidental-death" | "accidental-total-disability" | "disease-death" | "hospitalization";
                                claimTypeName: {
                                    en: string;
                                    zh: string;
                                };
                                coverageEnd: string | null;
                                coverageStart: string | null;
                                coverId: number;
                                description: string | null;
                                documents: {
                                    fileName: string;
                                    id: number;
                                    type: string;
                                }[];
                                eventDate: string;
                                /** @enum {string} */
                                filedAs: "member" | "unit";
                                filedOn: string;
                                filingDeadline: string | null;
                                hospitalDays: number | null;
                                id: number;
                                idMasked: string | null;
                                memberNo: string;
                                membershipId: number;
                                mode: ("collective" | "new-card" | "card-without-cover" | "individual") | null;
                                name: string;
                                orgId: number;
                                orgName: string;
                                overdue: boolean;
                                paidOn: string | null;
                                payBy: string | null;
                                paymentReference: string | null;
                                /** @enum {string} */
                                payTo: "member-card" | "regional-union";
                                payToOrgName: string | null;
                                payWithinDays: number | null;
                                /** @enum {string} */
                                plan: "A" | "B" | "A+" | "B+";
                                planName: {
                                    en: string;
                                    zh: string;
                                };
                                policy: string;
                                reviewedOn: string | null;
                                reviewReason: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected" | "paid";
                                statusName: {
                                    en: string;
                                    zh: string;
                                };
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * File a claim on my cover: the register’s cover on the event date, the deadline and the amount checked by the engine
         * @description Permission: `protection.apply`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description the benefit claimed; hospitalization only for plans A+ and B+
                         * @enum {string}
                         */
                        claimType: "critical-illness" | "accidental-death" | "accidental-total-disability" | "disease-death" | "hospitalization";
                        description?: string;
                        /**
                         * @description documents uploaded first (POST /documents) by the one filing
                         * @default []
                         */
                        documentIds?: number[];
                        /** @description diagnosis, accident, death or admission */
                        eventDate: string;
                        /** @description hospitalization: days in hospital */
                        hospitalDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                pay: boolean;
                                review: boolean;
                            };
                            amount: number;
                            /** @enum {string} */
                            claimType: "critical-illness" | "accidental-death" | "accidental-total-disability" | "disease-death" | "hospitalization";
                            claimTypeName: {
                                en: string;
                                zh: string;
                            };
                            coverageEnd: string | null;
                            coverageStart: string | null;
                            coverId: number;
                            description: string | null;
                            documents: {
                                fileName: string;
                                id: number;
                                type: string;
                            }[];
                            evaluation: {
                                [key: string]: unknown;
                            };
                            eventDate: string;
                            /** @enum {string} */
                            filedAs: "member" | "unit";
                            filedOn: string;
                            filingDeadline: string | null;
                            hospitalDays: number | null;
                            id: number;
                            idMasked: string | null;
                            memberNo: string;
                            membershipId: number;
                            mode: ("collective" | "new-card" | "card-without-cover" | "individual") | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            overdue: boolean;
                            paidOn: string | null;
                            payBy: string | null;
                            paymentReference: string | null;
                            /** @enum {string} */
                            payTo: "member-card" | "regional-union";
                            payToOrgName: string | null;
                            payWithinDays: number | null;
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            /** @enum {string} */
                            status: "filed" | "approved" | "rejected" | "paid";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Surveys open to me now (member login), with whether I have answered
         * @description Permission: `consultation.take-part`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    delete: boolean;
                                    editQuestions: boolean;
                                    moderate: boolean;
                                    respond: boolean;
                                    results: boolean;
                                    update: boolean;
                                };
                                audience: {
                                    orgId: number;
                                    orgName: string;
                                };
                                closesOn: string;
                                id: number;
                                intro: string | null;
                                opensOn: string;
                                project: {
                                    id: number;
                                    no: number | null;
                                    title: string | null;
                                } | null;
                                questions: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "single" | "multiple" | "rating" | "text";
                                    kindName: {
                                        en: string;
                                        zh: string;
                                    };
                                    options: string[];
                                    position: number;
                                    prompt: string;
                                    required: boolean;
                                }[];
                                responded: boolean;
                                responses?: number;
                                slate: {
                                    id: number;
                                    orgId: number;
                                    orgName: string;
                                    title: string;
                                    year: number;
                                };
                                /** @description scheduled | open | closed */
                                state: string;
                                stateName: {
                                    en: string;
                                    zh: string;
                                };
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What waits for me (待办): applications at my review step, returned applications to correct, progress reports to file or accept, payout batches to sign or pay, imports needing a decision — counts and links, in my scope
         * @description Permission: `account.self`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            items: {
                                count: number;
                                /** @enum {string} */
                                kind: "review" | "returned" | "reports-file" | "reports-accept" | "batch-sign" | "batch-pay" | "imports";
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                link: string;
                                menu: string;
                                overdue: number;
                            }[];
                            overdue: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search members in my scope (masked ID and mobile), paginated
         * @description Permission: `members.read`
         */
        get: {
            parameters: {
                query?: {
                    cardStatus?: "none" | "issued" | "active" | "lost" | "cancelled";
                    category?: "gig-worker" | "flexible-worker" | "worker-in-hardship" | "model-worker" | "craftsman" | "frontline-worker";
                    /** @description only this org and its subtree */
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    /** @description name prefix, member number, full ID number or mobile */
                    q?: string;
                    sex?: "male" | "female";
                    status?: "active" | "transferred" | "ended";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                birthDate: string;
                                /** @enum {string} */
                                cardStatus: "none" | "issued" | "active" | "lost" | "cancelled";
                                categories: string[];
                                current: boolean;
                                eMembership: boolean;
                                /** @description masked */
                                idNumber: string;
                                joinedOn: string;
                                leftOn: string | null;
                                memberNo: string;
                                membershipId: number;
                                mobile: string | null;
                                name: string;
                                orgId: number;
                                orgName: string;
                                personId: number;
                                /** @enum {string} */
                                sex: "male" | "female";
                                /** @enum {string} */
                                status: "active" | "transferred" | "ended";
                            }[];
                            page: number;
                            pageable: number;
                            pageSize: number;
                            total: number;
                            totalCapped: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a member (one person per ID number)
         * @description Permission: `members.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default none
                         * @enum {string}
                         */
                        cardStatus?: "none" | "issued" | "active" | "lost" | "cancelled";
                        /** @default [] */
                        categories?: ("gig-worker" | "flexible-worker" | "worker-in-hardship" | "model-worker" | "craftsman" | "frontline-worker")[];
                        /** @default false */
                        eMembership?: boolean;
                        idNumber: string;
                        joinedOn: string;
                        memberNo?: string;
                        mobile?: string;
                        name: string;
                        orgId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            memberNo: string;
                            membershipId: number;
                            personId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One member (person) with membership history
         * @description Permission: `members.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                end: boolean;
                                reveal: boolean;
                                transfer: boolean;
                                update: boolean;
                            };
                            birthDate: string;
                            categories: string[];
                            current: {
                                /** @enum {string} */
                                cardStatus: "none" | "issued" | "active" | "lost" | "cancelled";
                                eMembership: boolean;
                                joinedOn: string;
                                leftOn: string | null;
                                memberNo: string;
                                membershipId: number;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                /** @enum {string} */
                                status: "active" | "transferred" | "ended";
                                /** @enum {string} */
                                unitCategory: "ordinary" | "special";
                            } | null;
                            history: {
                                /** @enum {string} */
                                cardStatus: "none" | "issued" | "active" | "lost" | "cancelled";
                                eMembership: boolean;
                                joinedOn: string;
                                leftOn: string | null;
                                memberNo: string;
                                membershipId: number;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                /** @enum {string} */
                                status: "active" | "transferred" | "ended";
                                /** @enum {string} */
                                unitCategory: "ordinary" | "special";
                            }[];
                            /** @description masked */
                            idNumber: string;
                            /** @description masked */
                            mobile: string | null;
                            name: string;
                            personId: number;
                            /** @enum {string} */
                            sex: "male" | "female";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a member
         * @description Permission: `members.write`
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        cardStatus?: "none" | "issued" | "active" | "lost" | "cancelled";
                        categories?: ("gig-worker" | "flexible-worker" | "worker-in-hardship" | "model-worker" | "craftsman" | "frontline-worker")[];
                        eMembership?: boolean;
                        mobile?: string | null;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                end: boolean;
                                reveal: boolean;
                                transfer: boolean;
                                update: boolean;
                            };
                            birthDate: string;
                            categories: string[];
                            current: {
                                /** @enum {string} */
                                cardStatus: "none" | "issued" | "active" | "lost" | "cancelled";
                                eMembership: boolean;
                                joinedOn: string;
                                leftOn: string | null;
                                memberNo: string;
                                membershipId: number;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                /** @enum {string} */
                                status: "active" | "transferred" | "ended";
                                /** @enum {string} */
                                unitCategory: "ordinary" | "special";
                            } | null;
                            history: {
                                /** @enum {string} */
                                cardStatus: "none" | "issued" | "active" | "lost" | "cancelled";
                                eMembership: boolean;
                                joinedOn: string;
                                leftOn: string | null;
                                memberNo: string;
                                membershipId: number;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                /** @enum {string} */
                                status: "active" | "transferred" | "ended";
                                /** @enum {string} */
                                unitCategory: "ordinary" | "special";
                            }[];
                            /** @description masked */
                            idNumber: string;
                            /** @description masked */
                            mobile: string | null;
                            name: string;
                            personId: number;
                            /** @enum {string} */
                            sex: "male" | "female";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/members/{id}/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The member service card: status, events, registered years and what may happen next (000 卡卡 二)
         * @description Permission: `members.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                allowed: boolean;
                                code: string | null;
                                /** @enum {string} */
                                event: "issue" | "activate" | "register" | "report-lost" | "reissue" | "cancel" | "e-card";
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                reason: {
                                    en: string;
                                    zh: string;
                                } | null;
                            }[];
                            eMembership: boolean;
                            events: {
                                at: string;
                                by: string | null;
                                /** @enum {string} */
                                event: "issue" | "activate" | "register" | "report-lost" | "reissue" | "cancel" | "e-card";
                                /** @enum {string} */
                                fromStatus: "none" | "issued" | "active" | "lost" | "cancelled";
                                id: number;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                note: string | null;
                                onDate: string;
                                orgName: string;
                                /** @enum {string} */
                                toStatus: "none" | "issued" | "active" | "lost" | "cancelled";
                                year: number | null;
                            }[];
                            personId: number;
                            registeredYears: number[];
                            rules: {
                                pause: {
                                    from: string;
                                    source: string;
                                    to: string;
                                };
                                registration: {
                                    from: string;
                                    source: string;
                                    to: string;
                                };
                            };
                            status: ("none" | "issued" | "active" | "lost" | "cancelled") | null;
                            statusName: {
                                en: string;
                                zh: string;
                            } | null;
                            today: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/card/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a card event (issue, activate, register, report lost, reissue, cancel, e-card), checked against the status and the yearly windows
         * @description Permission: `members.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the day it happened (default today; not after today) */
                        date?: string;
                        /** @enum {string} */
                        event: "issue" | "activate" | "register" | "report-lost" | "reissue" | "cancel" | "e-card";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                allowed: boolean;
                                code: string | null;
                                /** @enum {string} */
                                event: "issue" | "activate" | "register" | "report-lost" | "reissue" | "cancel" | "e-card";
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                reason: {
                                    en: string;
                                    zh: string;
                                } | null;
                            }[];
                            eMembership: boolean;
                            events: {
                                at: string;
                                by: string | null;
                                /** @enum {string} */
                                event: "issue" | "activate" | "register" | "report-lost" | "reissue" | "cancel" | "e-card";
                                /** @enum {string} */
                                fromStatus: "none" | "issued" | "active" | "lost" | "cancelled";
                                id: number;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                note: string | null;
                                onDate: string;
                                orgName: string;
                                /** @enum {string} */
                                toStatus: "none" | "issued" | "active" | "lost" | "cancelled";
                                year: number | null;
                            }[];
                            personId: number;
                            registeredYears: number[];
                            rules: {
                                pause: {
                                    from: string;
                                    source: string;
                                    to: string;
                                };
                                registration: {
                                    from: string;
                                    source: string;
                                    to: string;
                                };
                            };
                            status: ("none" | "issued" | "active" | "lost" | "cancelled") | null;
                            statusName: {
                                en: string;
                                zh: string;
                            } | null;
                            today: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a membership
         * @description Permission: `members.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member’s entitlements on a date
         * @description Every program of the policy engine for this person on the date: status (eligible, conditional, not-eligible, not-in-force), amounts, reasons, what is still needed, and the facts used (registry or assumed); unit-level programs are listed apart under unitPrograms.
         *
         *     Permission: `members.read`
         */
        get: {
            parameters: {
                query?: {
                    /** @description the day the rules are applied on; default today (Asia/Shanghai) */
                    date?: string;
                    /** @description include each engine run (input, policy, trace) and the parameters shown */
                    trace?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            date: string;
                            /** @description the entitlements, by status then in the engine’s program order */
                            items: unknown[];
                            member: boolean;
                            membership: unknown;
                            name: string;
                            personId: number;
                            unitPrograms: unknown[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Membership history: all of it for the current union, only its own rows for a union the member has left
         * @description Permission: `members.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: boolean;
                            history: {
                                /** @enum {string} */
                                cardStatus: "none" | "issued" | "active" | "lost" | "cancelled";
                                eMembership: boolean;
                                joinedOn: string;
                                leftOn: string | null;
                                memberNo: string;
                                membershipId: number;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                /** @enum {string} */
                                status: "active" | "transferred" | "ended";
                                /** @enum {string} */
                                unitCategory: "ordinary" | "special";
                            }[];
                            /** @description masked */
                            idNumber: string;
                            name: string;
                            personId: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Show the full ID number and mobile (audited)
         * @description Permission: `members.reveal`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            idNumber: string;
                            mobile: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer a member to another grassroots union (history kept)
         * @description Permission: `members.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        note?: string;
                        toOrgId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            memberNo: string;
                            membershipId: number;
                            personId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer, end, or add/remove a category for up to 500 members at once, all or nothing (audited per member)
         * @description Permission: `members.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "transfer" | "end" | "add-category" | "remove-category";
                        /**
                         * @description add-category, remove-category
                         * @enum {string}
                         */
                        category?: "gig-worker" | "flexible-worker" | "worker-in-hardship" | "model-worker" | "craftsman" | "frontline-worker";
                        /** @description transfer, end: the day */
                        date?: string;
                        note?: string;
                        personIds: number[];
                        /** @description end: why */
                        reason?: string;
                        /** @description transfer: the receiving grassroots union */
                        toOrgId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            action: string;
                            done: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the list (masked) as .xlsx or .csv with its filters and scope, newest first, streamed as it is read
         * @description Permission: `members.read`
         */
        get: {
            parameters: {
                query?: {
                    cardStatus?: "none" | "issued" | "active" | "lost" | "cancelled";
                    category?: "gig-worker" | "flexible-worker" | "worker-in-hardship" | "model-worker" | "craftsman" | "frontline-worker";
                    format?: "xlsx" | "csv";
                    /** @description only this org and its subtree */
                    orgId?: number;
                    /** @description name prefix, member number, full ID number or mobile */
                    q?: string;
                    sex?: "male" | "female";
                    status?: "active" | "transferred" | "ended";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active members in my scope (or under orgId) by card status, category and sex
         * @description Permission: `members.read`
         */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byCardStatus: {
                                [key: string]: number;
                            };
                            byCategory: {
                                [key: string]: number;
                            };
                            bySex: {
                                [key: string]: number;
                            };
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Member categories and card statuses with their names
         * @description Permission: `members.read` or `self.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cardStatuses: {
                                code: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            categories: {
                                code: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vocabularies and rules for clients: org kinds and their allowed parents, roles, member categories, password policy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cardStatuses: {
                                code: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            memberCategories: {
                                code: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            orgKinds: {
                                readonly allowedParents: string[];
                                code: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            passwordPolicy: {
                                /** @enum {string} */
                                code: "mlps" | "asvs";
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            };
                            roles: {
                                code: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                readonly orgKinds: string[];
                                readonly permissions: string[];
                            }[];
                            session: {
                                absoluteHours: number;
                                idleMinutes: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a milestone (audited with what it was)
         * @description Permission: `projects.write`
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deleted: boolean;
                            id: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a milestone (title, dates, responsible) or mark it done (or not)
         * @description Permission: `projects.write`
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        doneOn?: string | null;
                        dueOn?: string;
                        responsible?: string | null;
                        startsOn?: string | null;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            doneOn: string | null;
                            dueOn: string;
                            id: number;
                            projectId: number;
                            responsible: string | null;
                            startsOn: string | null;
                            title: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orgs in my scope (children of parentId, search, paginate)
         * @description Permission: `orgs.read`
         */
        get: {
            parameters: {
                query?: {
                    kind?: "municipal" | "department" | "agency" | "district" | "industry" | "street" | "park" | "grassroots" | "platform";
                    page?: number;
                    pageSize?: number;
                    parentId?: number;
                    q?: string;
                    status?: "active" | "inactive" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    createChild: boolean;
                                    deactivate: boolean;
                                    delete: boolean;
                                    move: boolean;
                                    update: boolean;
                                };
                                address: string | null;
                                allocationNo: number | null;
                                childCount?: number;
                                code: string | null;
                                contactName: string | null;
                                contactPhone: string | null;
                                createdAt: string;
                                depth: number;
                                functionCode: string | null;
                                id: number;
                                /** @enum {string} */
                                kind: "municipal" | "department" | "agency" | "district" | "industry" | "street" | "park" | "grassroots" | "platform";
                                kindName: {
                                    en: string;
                                    zh: string;
                                };
                                name: string;
                                parentId: number | null;
                                shortName: string | null;
                                /** @enum {string} */
                                status: "active" | "inactive";
                                /** @enum {string} */
                                unitCategory: "ordinary" | "special";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an org under a parent in my scope
         * @description Permission: `orgs.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        code?: string;
                        contactName?: string;
                        contactPhone?: string;
                        /** @enum {string} */
                        kind: "department" | "agency" | "district" | "industry" | "street" | "park" | "grassroots" | "platform";
                        name: string;
                        parentId: number;
                        shortName?: string;
                        /**
                         * @default ordinary
                         * @enum {string}
                         */
                        unitCategory?: "ordinary" | "special";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                createChild: boolean;
                                deactivate: boolean;
                                delete: boolean;
                                move: boolean;
                                update: boolean;
                            };
                            address: string | null;
                            allocationNo: number | null;
                            childCount?: number;
                            code: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            createdAt: string;
                            depth: number;
                            functionCode: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "municipal" | "department" | "agency" | "district" | "industry" | "street" | "park" | "grassroots" | "platform";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            name: string;
                            parentId: number | null;
                            shortName: string | null;
                            /** @enum {string} */
                            status: "active" | "inactive";
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One org with its ancestors and counts
         * @description Permission: `orgs.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                createChild: boolean;
                                deactivate: boolean;
                                delete: boolean;
                                move: boolean;
                                update: boolean;
                            };
                            address: string | null;
                            allocationNo: number | null;
                            ancestors: {
                                id: number;
                                /** @enum {string} */
                                kind: "municipal" | "department" | "agency" | "district" | "industry" | "street" | "park" | "grassroots" | "platform";
                                name: string;
                            }[];
                            childCount?: number;
                            code: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            counts: {
                                children: number;
                                descendants: number;
                                members: number;
                                membersEver: number;
                            };
                            createdAt: string;
                            depth: number;
                            functionCode: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "municipal" | "department" | "agency" | "district" | "industry" | "street" | "park" | "grassroots" | "platform";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            name: string;
                            parentId: number | null;
                            shortName: string | null;
                            /** @enum {string} */
                            status: "active" | "inactive";
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an org that has no history (else 409: deactivate it)
         * @description Permission: `orgs.write`
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update an org
         * @description Permission: `orgs.write`
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        code?: string;
                        contactName?: string;
                        contactPhone?: string;
                        name?: string;
                        shortName?: string;
                        /**
                         * @default ordinary
                         * @enum {string}
                         */
                        unitCategory?: "ordinary" | "special";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                createChild: boolean;
                                deactivate: boolean;
                                delete: boolean;
                                move: boolean;
                                update: boolean;
                            };
                            address: string | null;
                            allocationNo: number | null;
                            childCount?: number;
                            code: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            createdAt: string;
                            depth: number;
                            functionCode: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "municipal" | "department" | "agency" | "district" | "industry" | "street" | "park" | "grassroots" | "platform";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            name: string;
                            parentId: number | null;
                            shortName: string | null;
                            /** @enum {string} */
                            status: "active" | "inactive";
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate an org
         * @description Permission: `orgs.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                createChild: boolean;
                                deactivate: boolean;
                                delete: boolean;
                                move: boolean;
                                update: boolean;
                            };
                            address: string | null;
                            allocationNo: number | null;
                            childCount?: number;
                            code: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            createdAt: string;
                            depth: number;
                            functionCode: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "municipal" | "department" | "agency" | "district" | "industry" | "street" | "park" | "grassroots" | "platform";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            name: string;
                            parentId: number | null;
                            shortName: string | null;
                            /** @enum {string} */
                            status: "active" | "inactive";
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an org (history kept)
         * @description Permission: `orgs.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                createChild: boolean;
                                deactivate: boolean;
                                delete: boolean;
                                move: boolean;
                                update: boolean;
                            };
                            address: string | null;
                            allocationNo: number | null;
                            childCount?: number;
                            code: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            createdAt: string;
                            depth: number;
                            functionCode: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "municipal" | "department" | "agency" | "district" | "industry" | "street" | "park" | "grassroots" | "platform";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            name: string;
                            parentId: number | null;
                            shortName: string | null;
                            /** @enum {string} */
                            status: "active" | "inactive";
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an org (and its subtree) under another parent
         * @description Permission: `orgs.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                createChild: boolean;
                                deactivate: boolean;
                                delete: boolean;
                                move: boolean;
                                update: boolean;
                            };
                            address: string | null;
                            allocationNo: number | null;
                            childCount?: number;
                            code: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            createdAt: string;
                            depth: number;
                            functionCode: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "municipal" | "department" | "agency" | "district" | "industry" | "street" | "park" | "grassroots" | "platform";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            name: string;
                            parentId: number | null;
                            shortName: string | null;
                            /** @enum {string} */
                            status: "active" | "inactive";
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export my subtree as .xlsx or .csv (the columns of the import template); with q / kind / status, only the orgs the list shows
         * @description Permission: `orgs.read`
         */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                    kind?: "municipal" | "department" | "agency" | "district" | "industry" | "street" | "park" | "grassroots" | "platform";
                    q?: string;
                    status?: "active" | "inactive" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import orgs from .xlsx/.csv (multipart field `file`); all rows or none
         * @description Permission: `orgs.write`
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            imported: number;
                            valid: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Blank org import template (.xlsx)
         * @description Permission: `orgs.write`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/root": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The top org of my scope
         * @description Permission: `orgs.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                createChild: boolean;
                                deactivate: boolean;
                                delete: boolean;
                                move: boolean;
                                update: boolean;
                            };
                            address: string | null;
                            allocationNo: number | null;
                            childCount?: number;
                            code: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            createdAt: string;
                            depth: number;
                            functionCode: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "municipal" | "department" | "agency" | "district" | "industry" | "street" | "park" | "grassroots" | "platform";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            name: string;
                            parentId: number | null;
                            shortName: string | null;
                            /** @enum {string} */
                            status: "active" | "inactive";
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Settlement batches
         * @description Permission: `payouts.read`
         */
        get: {
            parameters: {
                query?: {
                    programId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    approveFinance: boolean;
                                    approveRights: boolean;
                                    cancel: boolean;
                                    markPaid: boolean;
                                };
                                closesOn: string;
                                entries: number;
                                financeApprovedBy: {
                                    accountId: number;
                                    at: (string) | null;
                                    name: string | null;
                                } | null;
                                id: number;
                                no: string;
                                paidBy: {
                                    accountId: number;
                                    at: (string) | null;
                                    name: string | null;
                                } | null;
                                paidOn: string | null;
                                payBy: string;
                                payer: {
                                    account: {
                                        accountName: string;
                                        /** @description masked */
                                        accountNo: string;
                                        bank: string;
                                        verified: boolean;
                                    } | null;
                                    /** @enum {string} */
                                    kind: "federation" | "regional-union";
                                    org: {
                                        id: number;
                                        name: string;
                                    };
                                };
                                paymentReference: string | null;
                                period: string;
                                preparedBy: {
                                    accountId: number;
                                    at: (string) | null;
                                    name: string | null;
                                } | null;
                                program: string;
                                programId: number;
                                programTitle: string;
                                rightsApprovedBy: {
                                    accountId: number;
                                    at: (string) | null;
                                    name: string | null;
                                } | null;
                                /** @enum {string} */
                                runBy: "federation" | "regional-union";
                                /** @enum {string} */
                                scope: "all" | "part";
                                /** @enum {string} */
                                status: "prepared" | "rights-approved" | "finance-approved" | "approved" | "paid" | "cancelled";
                                statusName: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description yuan: the whole batch, or the caller’s part of it when scope is `part` */
                                total: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Prepare the monthly batch of a program once its list has closed (the 25th): every payable entry booked by then and in no batch yet
         * @description Permission: `payouts.prepare`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        period: string;
                        programId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approveFinance: boolean;
                                approveRights: boolean;
                                cancel: boolean;
                                markPaid: boolean;
                            };
                            closesOn: string;
                            entries: number;
                            financeApprovedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            id: number;
                            no: string;
                            paidBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            paidOn: string | null;
                            payBy: string;
                            payer: {
                                account: {
                                    accountName: string;
                                    /** @description masked */
                                    accountNo: string;
                                    bank: string;
                                    verified: boolean;
                                } | null;
                                /** @enum {string} */
                                kind: "federation" | "regional-union";
                                org: {
                                    id: number;
                                    name: string;
                                };
                            };
                            paymentReference: string | null;
                            period: string;
                            preparedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            program: string;
                            programId: number;
                            programTitle: string;
                            rightsApprovedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            /** @enum {string} */
                            runBy: "federation" | "regional-union";
                            /** @enum {string} */
                            scope: "all" | "part";
                            /** @enum {string} */
                            status: "prepared" | "rights-approved" | "finance-approved" | "approved" | "paid" | "cancelled";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            /** @description yuan: the whole batch, or the caller’s part of it when scope is `part` */
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A batch with its lines (masked) and sign-offs
         * @description Permission: `payouts.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approveFinance: boolean;
                                approveRights: boolean;
                                cancel: boolean;
                                markPaid: boolean;
                            };
                            closesOn: string;
                            entries: number;
                            financeApprovedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            id: number;
                            lines: {
                                amount: number;
                                applicationNo: string;
                                cardStatus: string;
                                decided: boolean;
                                entryId: number;
                                idNumber: string;
                                /** @enum {string} */
                                kind: "payable" | "reversal";
                                memberNo: string;
                                name: string;
                                org: string;
                                payee?: {
                                    account: {
                                        accountName: string;
                                        /** @description masked */
                                        accountNo: string;
                                        bank: string;
                                    } | null;
                                    /** @enum {string} */
                                    kind: "member-card" | "org-account" | "bank-account";
                                    org: {
                                        id: number;
                                        name: string;
                                    } | null;
                                };
                                payeeOrg: {
                                    id: number | null;
                                    name: string | null;
                                } | null;
                                /** @enum {string} */
                                payTo: "member-card" | "regional-union" | "org-account" | "bank-account";
                                payToName: string;
                            }[];
                            no: string;
                            paidBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            paidOn: string | null;
                            payBy: string;
                            payer: {
                                account: {
                                    accountName: string;
                                    /** @description masked */
                                    accountNo: string;
                                    bank: string;
                                    verified: boolean;
                                } | null;
                                /** @enum {string} */
                                kind: "federation" | "regional-union";
                                org: {
                                    id: number;
                                    name: string;
                                };
                            };
                            paymentReference: string | null;
                            period: string;
                            preparedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            program: string;
                            programId: number;
                            programTitle: string;
                            rightsApprovedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            /** @enum {string} */
                            runBy: "federation" | "regional-union";
                            /** @enum {string} */
                            scope: "all" | "part";
                            /** @enum {string} */
                            status: "prepared" | "rights-approved" | "finance-approved" | "approved" | "paid" | "cancelled";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            /** @description yuan: the whole batch, or the caller’s part of it when scope is `part` */
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/batches/{id}/approve-finance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign-off by the finance department (财务资产管理部)
         * @description Permission: `payouts.approve-finance`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approveFinance: boolean;
                                approveRights: boolean;
                                cancel: boolean;
                                markPaid: boolean;
                            };
                            closesOn: string;
                            entries: number;
                            financeApprovedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            id: number;
                            no: string;
                            paidBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            paidOn: string | null;
                            payBy: string;
                            payer: {
                                account: {
                                    accountName: string;
                                    /** @description masked */
                                    accountNo: string;
                                    bank: string;
                                    verified: boolean;
                                } | null;
                                /** @enum {string} */
                                kind: "federation" | "regional-union";
                                org: {
                                    id: number;
                                    name: string;
                                };
                            };
                            paymentReference: string | null;
                            period: string;
                            preparedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            program: string;
                            programId: number;
                            programTitle: string;
                            rightsApprovedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            /** @enum {string} */
                            runBy: "federation" | "regional-union";
                            /** @enum {string} */
                            scope: "all" | "part";
                            /** @enum {string} */
                            status: "prepared" | "rights-approved" | "finance-approved" | "approved" | "paid" | "cancelled";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            /** @description yuan: the whole batch, or the caller’s part of it when scope is `part` */
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/batches/{id}/approve-rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign-off by the rights department (权益保障部)
         * @description Permission: `payouts.approve-rights`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approveFinance: boolean;
                                approveRights: boolean;
                                cancel: boolean;
                                markPaid: boolean;
                            };
                            closesOn: string;
                            entries: number;
                            financeApprovedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            id: number;
                            no: string;
                            paidBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            paidOn: string | null;
                            payBy: string;
                            payer: {
                                account: {
                                    accountName: string;
                                    /** @description masked */
                                    accountNo: string;
                                    bank: string;
                                    verified: boolean;
                                } | null;
                                /** @enum {string} */
                                kind: "federation" | "regional-union";
                                org: {
                                    id: number;
                                    name: string;
                                };
                            };
                            paymentReference: string | null;
                            period: string;
                            preparedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            program: string;
                            programId: number;
                            programTitle: string;
                            rightsApprovedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            /** @enum {string} */
                            runBy: "federation" | "regional-union";
                            /** @enum {string} */
                            scope: "all" | "part";
                            /** @enum {string} */
                            status: "prepared" | "rights-approved" | "finance-approved" | "approved" | "paid" | "cancelled";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            /** @description yuan: the whole batch, or the caller’s part of it when scope is `part` */
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/batches/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an unpaid batch; its entries return to the next preparation
         * @description Permission: `payouts.prepare`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approveFinance: boolean;
                                approveRights: boolean;
                                cancel: boolean;
                                markPaid: boolean;
                            };
                            closesOn: string;
                            entries: number;
                            financeApprovedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            id: number;
                            no: string;
                            paidBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            paidOn: string | null;
                            payBy: string;
                            payer: {
                                account: {
                                    accountName: string;
                                    /** @description masked */
                                    accountNo: string;
                                    bank: string;
                                    verified: boolean;
                                } | null;
                                /** @enum {string} */
                                kind: "federation" | "regional-union";
                                org: {
                                    id: number;
                                    name: string;
                                };
                            };
                            paymentReference: string | null;
                            period: string;
                            preparedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            program: string;
                            programId: number;
                            programTitle: string;
                            rightsApprovedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            /** @enum {string} */
                            runBy: "federation" | "regional-union";
                            /** @enum {string} */
                            scope: "all" | "part";
                            /** @enum {string} */
                            status: "prepared" | "rights-approved" | "finance-approved" | "approved" | "paid" | "cancelled";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            /** @description yuan: the whole batch, or the caller’s part of it when scope is `part` */
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/batches/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The batch as .xlsx: member number, name, masked ID, amount in yuan, program, application no.
         * @description Permission: `payouts.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/batches/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an approved batch paid to the member cards; members get an SMS and a portal notice. Paying twice is refused
         * @description Permission: `payouts.prepare`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        paidOn?: string;
                        reference?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approveFinance: boolean;
                                approveRights: boolean;
                                cancel: boolean;
                                markPaid: boolean;
                            };
                            closesOn: string;
                            entries: number;
                            financeApprovedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            id: number;
                            no: string;
                            paidBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            paidOn: string | null;
                            payBy: string;
                            payer: {
                                account: {
                                    accountName: string;
                                    /** @description masked */
                                    accountNo: string;
                                    bank: string;
                                    verified: boolean;
                                } | null;
                                /** @enum {string} */
                                kind: "federation" | "regional-union";
                                org: {
                                    id: number;
                                    name: string;
                                };
                            };
                            paymentReference: string | null;
                            period: string;
                            preparedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            program: string;
                            programId: number;
                            programTitle: string;
                            rightsApprovedBy: {
                                accountId: number;
                                at: (string) | null;
                                name: string | null;
                            } | null;
                            /** @enum {string} */
                            runBy: "federation" | "regional-union";
                            /** @enum {string} */
                            scope: "all" | "part";
                            /** @enum {string} */
                            status: "prepared" | "rights-approved" | "finance-approved" | "approved" | "paid" | "cancelled";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            /** @description yuan: the whole batch, or the caller’s part of it when scope is `part` */
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/batches/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The batch list as .xlsx with the same filter and scope, in the page’s columns (at most EXPORT_MAX_ROWS rows)
         * @description Permission: `payouts.read`
         */
        get: {
            parameters: {
                query?: {
                    programId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/entries/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a booked entry with a new negative entry (a paid entry is never edited)
         * @description Permission: `payouts.prepare`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number;
                            id: number;
                            reason: string;
                            reverses: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/payee-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisation payee accounts in my scope (account numbers masked)
         * @description Permission: `payouts.read`
         */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accountName: string;
                                /** @description masked: the last four digits */
                                accountNo: string;
                                bank: string;
                                createdAt: string;
                                id: number;
                                org: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "active" | "retired";
                                verified: boolean;
                                verifiedAt: (string) | null;
                                verifiedBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Register an organisation’s bank account for payouts (retires its previous one); paid only once the finance department verified it
         * @description Permission: `applications.submit` or `payouts.prepare`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountName: string;
                        accountNo: string;
                        bank: string;
                        orgId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountName: string;
                            /** @description masked: the last four digits */
                            accountNo: string;
                            bank: string;
                            createdAt: string;
                            id: number;
                            org: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "active" | "retired";
                            verified: boolean;
                            verifiedAt: (string) | null;
                            verifiedBy: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/payee-accounts/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an organisation’s account (finance department; not whoever registered it)
         * @description Permission: `payouts.approve-finance`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountName: string;
                            /** @description masked: the last four digits */
                            accountNo: string;
                            bank: string;
                            createdAt: string;
                            id: number;
                            org: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "active" | "retired";
                            verified: boolean;
                            verifiedAt: (string) | null;
                            verifiedBy: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/place-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Places granted to or from unions in my subtree
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: {
                    parentId?: number;
                    program?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    split: boolean;
                                };
                                allocated: number;
                                available: number;
                                expired: boolean;
                                expiresOn: string;
                                fromOrgId: number;
                                fromOrgName: string;
                                grantedOn: string;
                                id: number;
                                parentId: number | null;
                                places: number;
                                program: string;
                                returned: number;
                                site: string | null;
                                toOrgId: number;
                                toOrgKind: string;
                                toOrgName: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Grant places to a union below mine, or split a grant my union holds (sums checked)
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the grant this one is split from; none: a grant from the caller’s own union */
                        parentId?: number;
                        places: number;
                        program: string;
                        /** @description the site or plan (疗休养线路 / 体检套餐), when places are per site */
                        site?: string;
                        toOrgId: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                split: boolean;
                            };
                            allocated: number;
                            available: number;
                            expired: boolean;
                            expiresOn: string;
                            fromOrgId: number;
                            fromOrgName: string;
                            grantedOn: string;
                            id: number;
                            parentId: number | null;
                            places: number;
                            program: string;
                            returned: number;
                            site: string | null;
                            toOrgId: number;
                            toOrgKind: string;
                            toOrgName: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/place-grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One grant and its splits
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                split: boolean;
                            };
                            allocated: number;
                            available: number;
                            children: {
                                abilities: {
                                    split: boolean;
                                };
                                allocated: number;
                                available: number;
                                expired: boolean;
                                expiresOn: string;
                                fromOrgId: number;
                                fromOrgName: string;
                                grantedOn: string;
                                id: number;
                                parentId: number | null;
                                places: number;
                                program: string;
                                returned: number;
                                site: string | null;
                                toOrgId: number;
                                toOrgKind: string;
                                toOrgName: string;
                                year: number;
                            }[];
                            expired: boolean;
                            expiresOn: string;
                            fromOrgId: number;
                            fromOrgName: string;
                            grantedOn: string;
                            id: number;
                            parentId: number | null;
                            places: number;
                            program: string;
                            returned: number;
                            site: string | null;
                            toOrgId: number;
                            toOrgKind: string;
                            toOrgName: string;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/place-grants/{id}/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 名额分配表 of a grant (.xlsx): the unions below with their places
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        /**
         * Import the splits of a grant from a filled 名额分配表: all rows or none
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            grant: {
                                abilities: {
                                    split: boolean;
                                };
                                allocated: number;
                                available: number;
                                expired: boolean;
                                expiresOn: string;
                                fromOrgId: number;
                                fromOrgName: string;
                                grantedOn: string;
                                id: number;
                                parentId: number | null;
                                places: number;
                                program: string;
                                returned: number;
                                site: string | null;
                                toOrgId: number;
                                toOrgKind: string;
                                toOrgName: string;
                                year: number;
                            };
                            places: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/place-grants/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The place grants as .xlsx with the same filters and scope, in the page’s columns
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: {
                    parentId?: number;
                    program?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate one program for one input on a date: eligibility, amounts, reasons and the trace
         * @description Permission: `policy.read`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        input: {
                            [key: string]: unknown;
                        };
                        program: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eligible: boolean;
                            /** @description money in yuan, dates YYYY-MM-DD */
                            output: {
                                [key: string]: unknown;
                            };
                            policy: string;
                            program: string;
                            readonly reasons: {
                                code: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            readonly trace: {
                                from?: string;
                                /** @enum {string} */
                                kind: "parameter" | "condition" | "value" | "band" | "cap";
                                /** @description what the entry is, for people: a condition’s reason, a parameter’s description, an input field’s label */
                                label?: {
                                    en: string;
                                    zh: string;
                                };
                                name: string;
                                note?: {
                                    en: string;
                                    zh: string;
                                };
                                passed?: boolean;
                                reading?: {
                                    en: string;
                                    zh: string;
                                };
                                source?: string;
                                unit?: string;
                                value: unknown;
                                /** @description labels of the coded values inside value (the inputs’ enum values) */
                                valueLabels?: {
                                    [key: string]: {
                                        en: string;
                                        zh: string;
                                    };
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/evaluate-batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate one program for many inputs (a roster): up to 100000 inputs and 16 MiB; trace off unless asked, and only up to 1000 inputs; problems: the first 100 with their index, and the count
         * @description Permission: `policy.read`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        /** @description Up to 100000 input objects of the program (the body may be up to 16 MiB) */
                        inputs: unknown[];
                        program: string;
                        /** @default false */
                        trace?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            date: string;
                            program: string;
                            /** @description one EvaluateResult per input, in order */
                            results: unknown[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every program with its versions and input JSON Schema
         * @description Permission: `policy.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                /** @description JSON Schema of the program’s input */
                                inputSchema: unknown;
                                outputs: string[];
                                policyDate: {
                                    en: string;
                                    zh: string;
                                };
                                title: {
                                    en: string;
                                    zh: string;
                                };
                                versions: {
                                    /** @description a version carried over from the previous year (not a notice text) until the year’s notice is entered */
                                    carriedOver?: boolean;
                                    from: string;
                                    inputSchema?: unknown;
                                    note?: {
                                        en: string;
                                        zh: string;
                                    };
                                    policy: string;
                                    source: string;
                                    to?: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/programs/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One program
         * @description Permission: `policy.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @description JSON Schema of the program’s input */
                            inputSchema: unknown;
                            outputs: string[];
                            policyDate: {
                                en: string;
                                zh: string;
                            };
                            title: {
                                en: string;
                                zh: string;
                            };
                            versions: {
                                /** @description a version carried over from the previous year (not a notice text) until the year’s notice is entered */
                                carriedOver?: boolean;
                                from: string;
                                inputSchema?: unknown;
                                note?: {
                                    en: string;
                                    zh: string;
                                };
                                policy: string;
                                source: string;
                                to?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/programs/{code}/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The parameters in force on a date, with their sources
         * @description Permission: `policy.read`
         */
        get: {
            parameters: {
                query: {
                    date: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            items: {
                                from: string;
                                name: string;
                                reading?: {
                                    en: string;
                                    zh: string;
                                };
                                source: string;
                                unit: string;
                                value: unknown;
                            }[];
                            program: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/programs/{code}/parameters/{name}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A parameter’s values across the years
         * @description Permission: `policy.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                from: string;
                                reading?: {
                                    en: string;
                                    zh: string;
                                };
                                source: string;
                                value: unknown;
                            }[];
                            name: string;
                            program: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/programs/{code}/version-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What next year’s version starts from: the latest version and every parameter’s value (money in yuan)
         * @description Permission: `policy.manage`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basePolicy: string;
                            baseSource: string;
                            parameters: {
                                name: string;
                                reading?: {
                                    en: string;
                                    zh: string;
                                };
                                source: string;
                                unit: string;
                                value: unknown;
                            }[];
                            program: string;
                            suggested: {
                                from: string;
                                policy: string;
                                to: string;
                            };
                            title: {
                                en: string;
                                zh: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/programs/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A program’s versions: bundled with the release and entered here (drafts, approved, rejected), with their sources
         * @description Permission: `policy.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bundled: {
                                from: string;
                                note: {
                                    en: string;
                                    zh: string;
                                } | null;
                                /** @enum {string} */
                                origin: "bundled";
                                policy: string;
                                source: string;
                                /** @enum {string} */
                                status: "approved";
                                to: string | null;
                            }[];
                            items: {
                                basePolicy: string | null;
                                /** @description repeats last year’s values until the year’s notice is entered (not a seed text) */
                                carriedOver: boolean;
                                createdAt: string;
                                createdBy: string | null;
                                createdById: number | null;
                                decidedAt: (string) | null;
                                decidedBy: string | null;
                                decisionNote: string | null;
                                from: string;
                                id: number;
                                note: {
                                    en: string;
                                    zh: string;
                                } | null;
                                /** @enum {string} */
                                origin: "entered";
                                policy: string;
                                program: string;
                                source: string;
                                /** @enum {string} */
                                status: "draft" | "approved" | "rejected";
                                to: string | null;
                                values?: {
                                    [key: string]: unknown;
                                };
                            }[];
                            program: string;
                            title: {
                                en: string;
                                zh: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft a new version of a program (checked against its parameter schemas); it takes effect when a second person approves it
         * @description Permission: `policy.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version copied from (previewed against its cases) */
                        basePolicy?: string;
                        /** @description effective date */
                        from: string;
                        noteEn?: string;
                        noteZh?: string;
                        /** @description The version’s name, e.g. the year */
                        policy: string;
                        program: string;
                        /** @description The new notice’s number and paragraph */
                        source: string;
                        to?: string;
                        /** @description Every parameter’s value as in params/*.yaml (money in yuan) */
                        values: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basePolicy: string | null;
                            /** @description repeats last year’s values until the year’s notice is entered (not a seed text) */
                            carriedOver: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            createdById: number | null;
                            decidedAt: (string) | null;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            from: string;
                            id: number;
                            note: {
                                en: string;
                                zh: string;
                            } | null;
                            /** @enum {string} */
                            origin: "entered";
                            policy: string;
                            program: string;
                            source: string;
                            /** @enum {string} */
                            status: "draft" | "approved" | "rejected";
                            to: string | null;
                            values?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One entered version with its values
         * @description Permission: `policy.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basePolicy: string | null;
                            /** @description repeats last year’s values until the year’s notice is entered (not a seed text) */
                            carriedOver: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            createdById: number | null;
                            decidedAt: (string) | null;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            from: string;
                            id: number;
                            note: {
                                en: string;
                                zh: string;
                            } | null;
                            /** @enum {string} */
                            origin: "entered";
                            policy: string;
                            program: string;
                            source: string;
                            /** @enum {string} */
                            status: "draft" | "approved" | "rejected";
                            to: string | null;
                            values?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/versions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a draft (not one’s own); the engine uses it from then on
         * @description Permission: `policy.approve`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basePolicy: string | null;
                            /** @description repeats last year’s values until the year’s notice is entered (not a seed text) */
                            carriedOver: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            createdById: number | null;
                            decidedAt: (string) | null;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            from: string;
                            id: number;
                            note: {
                                en: string;
                                zh: string;
                            } | null;
                            /** @enum {string} */
                            origin: "entered";
                            policy: string;
                            program: string;
                            source: string;
                            /** @enum {string} */
                            status: "draft" | "approved" | "rejected";
                            to: string | null;
                            values?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/versions/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The program’s cases evaluated as today and with the draft’s values: which results change and which stay
         * @description Permission: `policy.manage` or `policy.approve`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basePolicy: string | null;
                            changed: number;
                            id: number;
                            items: {
                                after: {
                                    eligible: boolean;
                                    output: {
                                        [key: string]: unknown;
                                    };
                                    reasons: string[];
                                } | {
                                    error: {
                                        en: string;
                                        zh: string;
                                    };
                                };
                                before: {
                                    eligible: boolean;
                                    output: {
                                        [key: string]: unknown;
                                    };
                                    reasons: string[];
                                } | {
                                    error: {
                                        en: string;
                                        zh: string;
                                    };
                                };
                                changed: boolean;
                                date: string;
                                name: string;
                            }[];
                            policy: string;
                            program: string;
                            total: number;
                            unchanged: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/versions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject (or, for its creator, withdraw) a draft, with a reason
         * @description Permission: `policy.approve` or `policy.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basePolicy: string | null;
                            /** @description repeats last year’s values until the year’s notice is entered (not a seed text) */
                            carriedOver: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            createdById: number | null;
                            decidedAt: (string) | null;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            from: string;
                            id: number;
                            note: {
                                en: string;
                                zh: string;
                            } | null;
                            /** @enum {string} */
                            origin: "entered";
                            policy: string;
                            program: string;
                            source: string;
                            /** @enum {string} */
                            status: "draft" | "approved" | "rejected";
                            to: string | null;
                            values?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * First-come pools open to my union (and those of my subtree), with the live remaining count
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    claim: boolean;
                                    claimForMembers: boolean;
                                };
                                capacity: number;
                                closesAt: string;
                                id: number;
                                opensAt: string;
                                orgId: number;
                                orgName: string;
                                program: string | null;
                                remaining: number;
                                /** @enum {string} */
                                state: "scheduled" | "open" | "full" | "closed";
                                taken: number;
                                title: string;
                                year: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a first-come pool for the members under a union (the federation: city-wide)
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        capacity: number;
                        /** Format: date-time */
                        closesAt: string;
                        /** Format: date-time */
                        opensAt: string;
                        /** @description the union whose members may claim (the federation for a city-wide pool) */
                        orgId: number;
                        /** @description the program whose places these are, e.g. sanatorium */
                        program?: string;
                        title: string;
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                claim: boolean;
                                claimForMembers: boolean;
                            };
                            capacity: number;
                            closesAt: string;
                            id: number;
                            opensAt: string;
                            orgId: number;
                            orgName: string;
                            program: string | null;
                            remaining: number;
                            /** @enum {string} */
                            state: "scheduled" | "open" | "full" | "closed";
                            taken: number;
                            title: string;
                            year: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One pool: capacity, taken, remaining
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                claim: boolean;
                                claimForMembers: boolean;
                            };
                            capacity: number;
                            closesAt: string;
                            id: number;
                            opensAt: string;
                            orgId: number;
                            orgName: string;
                            program: string | null;
                            remaining: number;
                            /** @enum {string} */
                            state: "scheduled" | "open" | "full" | "closed";
                            taken: number;
                            title: string;
                            year: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pools/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who holds the places, in order (masked; full only for members in my subtree)
         * @description Permission: `pools.manage`
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: number;
                                memberId: number;
                                memberNo: string;
                                name: string;
                                orgId: number;
                                orgName: string;
                                poolId: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Claim one place (an officer for a member in scope, a member for themself); 409 pool-full / already-claimed / pool-closed
         * @description Permission: `pools.claim`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the member (person id) an officer claims for; none: the member for themself */
                        memberId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capacity: number;
                            id: number;
                            memberId: number;
                            poolId: number;
                            remaining: number;
                            taken: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pools/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The first-come pools as .xlsx with the same filter and scope, in the page’s columns
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Programs opened for a year: windows, channels, review chain, documents, contacts
         * @description Permission: `programs.read`
         */
        get: {
            parameters: {
                query?: {
                    program?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    apply: boolean;
                                    manage: boolean;
                                };
                                acceptingOn: string;
                                budget: number | null;
                                channels: ("personal" | "unit")[];
                                contacts: {
                                    name: string;
                                    org: string;
                                    phone: string;
                                    role: string;
                                }[];
                                currentWindow: {
                                    batch: number;
                                    from: string;
                                    to: string;
                                } | null;
                                id: number;
                                org: {
                                    id: number;
                                    name: string;
                                };
                                program: string;
                                programTitle: {
                                    en: string;
                                    zh: string;
                                } | null;
                                requiredDocuments: {
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    type: string;
                                    when?: {
                                        equals: string | boolean;
                                        field: string;
                                    };
                                }[];
                                reviewChain: {
                                    actor: {
                                        functionCode?: string;
                                        role: string;
                                    };
                                    dueIn: {
                                        calendarDays?: number;
                                        workingDays?: number;
                                    };
                                    index: number;
                                    /** @enum {string} */
                                    level: "grassroots" | "regional" | "federation";
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    skipForChannels: ("personal" | "unit")[];
                                }[];
                                /** @enum {string} */
                                runBy: "federation" | "regional-union";
                                settlement: {
                                    cadence: string;
                                    closeDay: number;
                                    payByDay: number;
                                    payTo: string;
                                    preparer: string;
                                };
                                sources: string | null;
                                /** @enum {string} */
                                status: "draft" | "open" | "closed";
                                title: string;
                                windows: {
                                    batch: number;
                                    from: string;
                                    to: string;
                                }[];
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a policy program for a year (windows, channels, review chain, documents, settlement)
         * @description Permission: `programs.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budget?: number;
                        channels: ("personal" | "unit")[];
                        /** @default [] */
                        contacts?: {
                            name: string;
                            org: string;
                            phone: string;
                            role: string;
                        }[];
                        orgId?: number;
                        program: string;
                        /** @default [] */
                        requiredDocuments?: {
                            name: {
                                en: string;
                                zh: string;
                            };
                            type: string;
                            when?: {
                                equals: string | boolean;
                                field: string;
                            };
                        }[];
                        reviewChain: {
                            actor: {
                                functionCode?: string;
                                /** @enum {string} */
                                role: "grassroots-officer" | "regional-officer" | "department-officer" | "agency-officer";
                            };
                            dueIn: {
                                calendarDays?: number;
                                workingDays?: number;
                            };
                            /** @enum {string} */
                            level: "grassroots" | "regional" | "federation";
                            name?: {
                                en: string;
                                zh: string;
                            };
                            /** @default [] */
                            skipForChannels?: ("personal" | "unit")[];
                        }[];
                        settlement: {
                            /**
                             * @default monthly
                             * @enum {string}
                             */
                            cadence?: "monthly";
                            closeDay: number;
                            payByDay: number;
                            /**
                             * @default member-card
                             * @enum {string}
                             */
                            payTo?: "member-card" | "org-account";
                            preparer: string;
                        };
                        sources?: string;
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "draft" | "open" | "closed";
                        title: string;
                        windows: {
                            batch: number;
                            from: string;
                            to: string;
                        }[];
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                apply: boolean;
                                manage: boolean;
                            };
                            acceptingOn: string;
                            budget: number | null;
                            channels: ("personal" | "unit")[];
                            contacts: {
                                name: string;
                                org: string;
                                phone: string;
                                role: string;
                            }[];
                            currentWindow: {
                                batch: number;
                                from: string;
                                to: string;
                            } | null;
                            id: number;
                            org: {
                                id: number;
                                name: string;
                            };
                            program: string;
                            programTitle: {
                                en: string;
                                zh: string;
                            } | null;
                            requiredDocuments: {
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                type: string;
                                when?: {
                                    equals: string | boolean;
                                    field: string;
                                };
                            }[];
                            reviewChain: {
                                actor: {
                                    functionCode?: string;
                                    role: string;
                                };
                                dueIn: {
                                    calendarDays?: number;
                                    workingDays?: number;
                                };
                                index: number;
                                /** @enum {string} */
                                level: "grassroots" | "regional" | "federation";
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                skipForChannels: ("personal" | "unit")[];
                            }[];
                            /** @enum {string} */
                            runBy: "federation" | "regional-union";
                            settlement: {
                                cadence: string;
                                closeDay: number;
                                payByDay: number;
                                payTo: string;
                                preparer: string;
                            };
                            sources: string | null;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            title: string;
                            windows: {
                                batch: number;
                                from: string;
                                to: string;
                            }[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One program instance
         * @description Permission: `programs.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                apply: boolean;
                                manage: boolean;
                            };
                            acceptingOn: string;
                            budget: number | null;
                            channels: ("personal" | "unit")[];
                            contacts: {
                                name: string;
                                org: string;
                                phone: string;
                                role: string;
                            }[];
                            currentWindow: {
                                batch: number;
                                from: string;
                                to: string;
                            } | null;
                            id: number;
                            org: {
                                id: number;
                                name: string;
                            };
                            program: string;
                            programTitle: {
                                en: string;
                                zh: string;
                            } | null;
                            requiredDocuments: {
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                type: string;
                                when?: {
                                    equals: string | boolean;
                                    field: string;
                                };
                            }[];
                            reviewChain: {
                                actor: {
                                    functionCode?: string;
                                    role: string;
                                };
                                dueIn: {
                                    calendarDays?: number;
                                    workingDays?: number;
                                };
                                index: number;
                                /** @enum {string} */
                                level: "grassroots" | "regional" | "federation";
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                skipForChannels: ("personal" | "unit")[];
                            }[];
                            /** @enum {string} */
                            runBy: "federation" | "regional-union";
                            settlement: {
                                cadence: string;
                                closeDay: number;
                                payByDay: number;
                                payTo: string;
                                preparer: string;
                            };
                            sources: string | null;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            title: string;
                            windows: {
                                batch: number;
                                from: string;
                                to: string;
                            }[];
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a program instance (open/close, windows, chain …)
         * @description Permission: `programs.manage`
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budget?: number | null;
                        channels?: ("personal" | "unit")[];
                        contacts?: {
                            name: string;
                            org: string;
                            phone: string;
                            role: string;
                        }[];
                        requiredDocuments?: {
                            name: {
                                en: string;
                                zh: string;
                            };
                            type: string;
                            when?: {
                                equals: string | boolean;
                                field: string;
                            };
                        }[];
                        reviewChain?: {
                            actor: {
                                functionCode?: string;
                                /** @enum {string} */
                                role: "grassroots-officer" | "regional-officer" | "department-officer" | "agency-officer";
                            };
                            dueIn: {
                                calendarDays?: number;
                                workingDays?: number;
                            };
                            /** @enum {string} */
                            level: "grassroots" | "regional" | "federation";
                            name?: {
                                en: string;
                                zh: string;
                            };
                            /** @default [] */
                            skipForChannels?: ("personal" | "unit")[];
                        }[];
                        settlement?: {
                            /**
                             * @default monthly
                             * @enum {string}
                             */
                            cadence?: "monthly";
                            closeDay: number;
                            payByDay: number;
                            /**
                             * @default member-card
                             * @enum {string}
                             */
                            payTo?: "member-card" | "org-account";
                            preparer: string;
                        };
                        sources?: string;
                        /** @enum {string} */
                        status?: "draft" | "open" | "closed";
                        title?: string;
                        windows?: {
                            batch: number;
                            from: string;
                            to: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                apply: boolean;
                                manage: boolean;
                            };
                            acceptingOn: string;
                            budget: number | null;
                            channels: ("personal" | "unit")[];
                            contacts: {
                                name: string;
                                org: string;
                                phone: string;
                                role: string;
                            }[];
                            currentWindow: {
                                batch: number;
                                from: string;
                                to: string;
                            } | null;
                            id: number;
                            org: {
                                id: number;
                                name: string;
                            };
                            program: string;
                            programTitle: {
                                en: string;
                                zh: string;
                            } | null;
                            requiredDocuments: {
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                type: string;
                                when?: {
                                    equals: string | boolean;
                                    field: string;
                                };
                            }[];
                            reviewChain: {
                                actor: {
                                    functionCode?: string;
                                    role: string;
                                };
                                dueIn: {
                                    calendarDays?: number;
                                    workingDays?: number;
                                };
                                index: number;
                                /** @enum {string} */
                                level: "grassroots" | "regional" | "federation";
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                skipForChannels: ("personal" | "unit")[];
                            }[];
                            /** @enum {string} */
                            runBy: "federation" | "regional-union";
                            settlement: {
                                cadence: string;
                                closeDay: number;
                                payByDay: number;
                                payTo: string;
                                preparer: string;
                            };
                            sources: string | null;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            title: string;
                            windows: {
                                batch: number;
                                from: string;
                                to: string;
                            }[];
                            year: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/progress/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overdue reports in my scope
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            items: {
                                dueOn: string;
                                orgId: number;
                                orgName: string;
                                period: string;
                                project: string;
                                projectId: number;
                                status: string;
                                year: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write reminders for overdue reports to the outbox now (the daily job does the same)
         * @description Permission: `progress.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notifications: number;
                            overdue: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project with its plan, targets, milestones and progress
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                allocate: boolean;
                                plan: boolean;
                                update: boolean;
                            };
                            candidateId: number | null;
                            category: string;
                            categoryName: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            milestones: {
                                doneOn: string | null;
                                dueOn: string;
                                id: number;
                                overdue: boolean;
                                responsible: string | null;
                                startsOn: string | null;
                                title: string;
                            }[];
                            no: number;
                            orgId: number;
                            orgName: string;
                            percent: number | null;
                            plan: {
                                budgetYuan: number | null;
                                contacts: unknown[];
                                costShares: {
                                    amountYuan?: number | null;
                                    party: string;
                                    share: string;
                                }[];
                                policyPrograms: string[];
                                purpose: string | null;
                                reportCadence: string;
                                reportDueMonths: number[];
                                responsibleOrgId: number | null;
                                responsibleOrgName: string | null;
                                targetGroups: string | null;
                            };
                            published: boolean;
                            slateId: number;
                            slateTitle: string;
                            source: string | null;
                            status: string;
                            summary: string | null;
                            suppressed: boolean;
                            targets: {
                                actual: number | null;
                                /** @enum {string} */
                                actualFrom: "reports" | "approved-applications" | "paid-applications" | "deliveries";
                                allocated: number | null;
                                allocationMismatch: boolean;
                                basis?: {
                                    countedBy: string;
                                    delivered: {
                                        en: string;
                                        zh: string;
                                    };
                                    pending: {
                                        en: string;
                                        zh: string;
                                    };
                                    program: string;
                                }[];
                                indicator: string;
                                parentTargetId: number | null;
                                partCount: number;
                                pending: number | null;
                                percent: number | null;
                                planned: number;
                                remainder: {
                                    actual: number | null;
                                    behind: boolean;
                                    percent: number | null;
                                    planned: number;
                                    suppressed: boolean;
                                } | null;
                                suppressed: boolean;
                                targetId: number;
                                unit: string;
                                weight: number;
                            }[];
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a project of an unpublished list with its targets and milestones, when nothing refers to it (409 names what does)
         * @description Permission: `projects.write`
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deleted: boolean;
                            id: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a project’s number, title, category or summary
         * @description Permission: `projects.write`
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category?: "rights" | "skills" | "health" | "living" | "hardship" | "culture-sports" | "employment" | "other";
                        no?: number;
                        summary?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                allocate: boolean;
                                plan: boolean;
                                update: boolean;
                            };
                            candidateId: number | null;
                            category: string;
                            categoryName: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            no: number;
                            orgId: number;
                            orgName: string;
                            plan: {
                                budgetYuan: number | null;
                                contacts: unknown[];
                                costShares: {
                                    amountYuan?: number | null;
                                    party: string;
                                    share: string;
                                }[];
                                policyPrograms: string[];
                                purpose: string | null;
                                reportCadence: string;
                                reportDueMonths: number[];
                                responsibleOrgId: number | null;
                                responsibleOrgName: string | null;
                                targetGroups: string | null;
                            };
                            published: boolean;
                            slateId: number;
                            slateTitle: string;
                            source: string | null;
                            summary: string | null;
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Planned against actual per target, rolled up from the regional parts
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            behind: boolean;
                            budgetYuan: number | null;
                            expectedPercent: number;
                            pendingYuan: number;
                            percent: number | null;
                            programActivity: {
                                approved: {
                                    amountYuan: number;
                                    count: number;
                                };
                                byStatus: {
                                    approved: number;
                                    "in-review": number;
                                    rejected: number;
                                    returned: number;
                                    withdrawn: number;
                                };
                                paid: {
                                    amountYuan: number;
                                    count: number;
                                };
                                program: string;
                                /** @enum {string} */
                                scope: "all" | "part";
                                total: number;
                                year: number;
                            }[];
                            project: {
                                id: number;
                                no: number;
                                orgName: string;
                                title: string;
                                year: number;
                            };
                            projectId: number;
                            spentYuan: number;
                            /** @enum {string} */
                            status: "planned" | "in-progress" | "completed";
                            suppressed: boolean;
                            targets: {
                                actual: number | null;
                                /** @enum {string} */
                                actualFrom: "reports" | "approved-applications" | "paid-applications" | "deliveries";
                                allocated: number | null;
                                allocationMismatch: boolean;
                                basis?: {
                                    countedBy: string;
                                    delivered: {
                                        en: string;
                                        zh: string;
                                    };
                                    pending: {
                                        en: string;
                                        zh: string;
                                    };
                                    program: string;
                                }[];
                                indicator: string;
                                parentTargetId: number | null;
                                parts: {
                                    actual: number;
                                    allocationId: number;
                                    allocationNo: number | null;
                                    behind: boolean;
                                    orgId: number;
                                    orgName: string;
                                    percent: number;
                                    planned: number;
                                    shortName: string | null;
                                }[];
                                pending: number | null;
                                percent: number | null;
                                planned: number;
                                remainder: {
                                    actual: number | null;
                                    behind: boolean;
                                    percent: number | null;
                                    planned: number;
                                    suppressed: boolean;
                                } | null;
                                suppressed: boolean;
                                targetId: number;
                                unit: string;
                                weight: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a milestone
         * @description Permission: `projects.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        doneOn?: string;
                        dueOn: string;
                        responsible?: string;
                        startsOn?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            doneOn: string | null;
                            dueOn: string;
                            id: number;
                            projectId: number;
                            responsible: string | null;
                            startsOn: string | null;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the implementation plan (money in yuan)
         * @description Permission: `projects.write`
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budgetYuan?: number | null;
                        contacts?: {
                            email?: string;
                            name: string;
                            org?: string;
                            phone?: string;
                        }[];
                        costShares?: {
                            amountYuan?: number;
                            party: string;
                            share: string;
                        }[];
                        policyPrograms?: string[];
                        purpose?: string;
                        /** @enum {string} */
                        reportCadence?: "none" | "monthly" | "quarterly";
                        reportDueMonths?: number[];
                        responsibleOrgId?: number | null;
                        targetGroups?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                allocate: boolean;
                                plan: boolean;
                                update: boolean;
                            };
                            candidateId: number | null;
                            category: string;
                            categoryName: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            no: number;
                            orgId: number;
                            orgName: string;
                            plan: {
                                budgetYuan: number | null;
                                contacts: unknown[];
                                costShares: {
                                    amountYuan?: number | null;
                                    party: string;
                                    share: string;
                                }[];
                                policyPrograms: string[];
                                purpose: string | null;
                                reportCadence: string;
                                reportDueMonths: number[];
                                responsibleOrgId: number | null;
                                responsibleOrgName: string | null;
                                targetGroups: string | null;
                            };
                            published: boolean;
                            slateId: number;
                            slateTitle: string;
                            source: string | null;
                            summary: string | null;
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress reports of a project and the filing grid (union × period, overdue flagged)
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: {
                    period?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grid: {
                                abilities: {
                                    file: boolean;
                                    review: boolean;
                                };
                                dueOn: string;
                                orgId: number;
                                orgName: string;
                                overdue: boolean;
                                period: string;
                                reportId: number | null;
                                status: string;
                            }[];
                            items: {
                                abilities: {
                                    resubmit: boolean;
                                    review: boolean;
                                };
                                dueOn: string;
                                id: number;
                                lines: {
                                    enterprise: string;
                                    lineNo: number;
                                    note: string | null;
                                    ownership: string | null;
                                    personDays: number;
                                    staff: string | null;
                                    subsidyYuan: number | null;
                                }[];
                                narrative: string;
                                orgId: number;
                                orgName: string;
                                period: string;
                                periodLabel: {
                                    en: string;
                                    zh: string;
                                };
                                projectId: number;
                                reviewedAt: (string) | null;
                                reviewedBy: string | null;
                                reviewReason: string | null;
                                revision: number;
                                status: string;
                                submittedAt: (string) | null;
                                submittedBy: string | null;
                                subsidyYuan: number | null;
                                values: {
                                    achieved: number;
                                    indicator: string;
                                    targetId: number;
                                    unit: string;
                                }[];
                            }[];
                            overdue: number;
                            project: {
                                id: number;
                                periods: {
                                    dueOn: string;
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    period: string;
                                }[];
                                reportCadence: string;
                                title: string;
                                year: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * File a progress report for a due period (subsidy by the policy engine when the plan links it)
         * @description Permission: `progress.report`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        lines?: {
                            enterprise: string;
                            note?: string;
                            ownership?: string;
                            /** @default 0 */
                            personDays?: number;
                            staff?: string;
                            subsidyYuan?: number;
                        }[];
                        /** @default  */
                        narrative?: string;
                        orgId?: number;
                        period: string;
                        subsidyClaimedYuan?: number;
                        /** @default [] */
                        values?: {
                            achieved: number;
                            targetId: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                resubmit: boolean;
                                review: boolean;
                            };
                            dueOn: string;
                            id: number;
                            lines: {
                                enterprise: string;
                                lineNo: number;
                                note: string | null;
                                ownership: string | null;
                                personDays: number;
                                staff: string | null;
                                subsidyYuan: number | null;
                            }[];
                            narrative: string;
                            orgId: number;
                            orgName: string;
                            period: string;
                            periodLabel: {
                                en: string;
                                zh: string;
                            };
                            projectId: number;
                            reviewedAt: (string) | null;
                            reviewedBy: string | null;
                            reviewReason: string | null;
                            revision: number;
                            status: string;
                            submittedAt: (string) | null;
                            submittedBy: string | null;
                            subsidyYuan: number | null;
                            values: {
                                achieved: number;
                                indicator: string;
                                targetId: number;
                                unit: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/reports/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One period as .xlsx in the columns of the official 汇总表
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query: {
                    period: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Surveys of a project
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    delete: boolean;
                                    editQuestions: boolean;
                                    moderate: boolean;
                                    respond: boolean;
                                    results: boolean;
                                    update: boolean;
                                };
                                audience: {
                                    orgId: number;
                                    orgName: string;
                                };
                                closesOn: string;
                                id: number;
                                intro: string | null;
                                opensOn: string;
                                project: {
                                    id: number;
                                    no: number | null;
                                    title: string | null;
                                } | null;
                                questions: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "single" | "multiple" | "rating" | "text";
                                    kindName: {
                                        en: string;
                                        zh: string;
                                    };
                                    options: string[];
                                    position: number;
                                    prompt: string;
                                    required: boolean;
                                }[];
                                responded: boolean;
                                responses?: number;
                                slate: {
                                    id: number;
                                    orgId: number;
                                    orgName: string;
                                    title: string;
                                    year: number;
                                };
                                /** @description scheduled | open | closed */
                                state: string;
                                stateName: {
                                    en: string;
                                    zh: string;
                                };
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start a satisfaction survey on a project: ordered questions (single, multiple, 1–5 rating, free text), open/close dates, audience
         * @description Permission: `projects.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audienceOrgId?: number;
                        closesOn: string;
                        /** @default  */
                        intro?: string;
                        opensOn: string;
                        questions: {
                            /** @enum {string} */
                            kind: "single" | "multiple" | "rating" | "text";
                            /** @default [] */
                            options?: string[];
                            prompt: string;
                            /** @default true */
                            required?: boolean;
                        }[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                delete: boolean;
                                editQuestions: boolean;
                                moderate: boolean;
                                respond: boolean;
                                results: boolean;
                                update: boolean;
                            };
                            audience: {
                                orgId: number;
                                orgName: string;
                            };
                            closesOn: string;
                            id: number;
                            intro: string | null;
                            opensOn: string;
                            project: {
                                id: number;
                                no: number | null;
                                title: string | null;
                            } | null;
                            questions: {
                                id: number;
                                /** @enum {string} */
                                kind: "single" | "multiple" | "rating" | "text";
                                kindName: {
                                    en: string;
                                    zh: string;
                                };
                                options: string[];
                                position: number;
                                prompt: string;
                                required: boolean;
                            }[];
                            responded: boolean;
                            responses?: number;
                            slate: {
                                id: number;
                                orgId: number;
                                orgName: string;
                                title: string;
                                year: number;
                            };
                            /** @description scheduled | open | closed */
                            state: string;
                            stateName: {
                                en: string;
                                zh: string;
                            };
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a quantified target (indicator, unit, planned value; optionally under a parent target)
         * @description Permission: `projects.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        actualFrom?: "reports" | "approved-applications" | "paid-applications" | "deliveries";
                        indicator: string;
                        note?: string;
                        parentTargetId?: number;
                        plannedValue: number;
                        unit: string;
                        /** @default 1 */
                        weight?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actualFrom: string;
                            id: number;
                            indicator: string;
                            note: string | null;
                            parentTargetId: number | null;
                            plannedValue: number;
                            projectId: number;
                            unit: string;
                            weight: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One proposal
         * @description Permission: `calls.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                classify: boolean;
                                merge: boolean;
                                return: boolean;
                                revealContact: boolean;
                            };
                            approach: string | null;
                            assessmentOfLastYear: string | null;
                            callId: number;
                            candidateId: number | null;
                            category: string | null;
                            categoryName: {
                                en: string;
                                zh: string;
                            } | null;
                            contactPhone: string | null;
                            content: string | null;
                            createdAt: string;
                            design: string | null;
                            expectedOutcome: string | null;
                            filledBy: string | null;
                            /** @enum {string} */
                            form: "union" | "department" | "member";
                            formName: {
                                en: string;
                                zh: string;
                            };
                            funding: string | null;
                            id: number;
                            introduction: string | null;
                            resources: string | null;
                            returnReason: string | null;
                            status: string;
                            submitter: {
                                accountId: number;
                                name: string;
                                orgId: number | null;
                                orgName: string | null;
                            };
                            targetGroup: string | null;
                            title: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screening: classify a proposal
         * @description Permission: `calls.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "rights" | "skills" | "health" | "living" | "hardship" | "culture-sports" | "employment" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                classify: boolean;
                                merge: boolean;
                                return: boolean;
                                revealContact: boolean;
                            };
                            approach: string | null;
                            assessmentOfLastYear: string | null;
                            callId: number;
                            candidateId: number | null;
                            category: string | null;
                            categoryName: {
                                en: string;
                                zh: string;
                            } | null;
                            contactPhone: string | null;
                            content: string | null;
                            createdAt: string;
                            design: string | null;
                            expectedOutcome: string | null;
                            filledBy: string | null;
                            /** @enum {string} */
                            form: "union" | "department" | "member";
                            formName: {
                                en: string;
                                zh: string;
                            };
                            funding: string | null;
                            id: number;
                            introduction: string | null;
                            resources: string | null;
                            returnReason: string | null;
                            status: string;
                            submitter: {
                                accountId: number;
                                name: string;
                                orgId: number | null;
                                orgName: string | null;
                            };
                            targetGroup: string | null;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screening: return a proposal with a reason its submitter reads
         * @description Permission: `calls.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                classify: boolean;
                                merge: boolean;
                                return: boolean;
                                revealContact: boolean;
                            };
                            approach: string | null;
                            assessmentOfLastYear: string | null;
                            callId: number;
                            candidateId: number | null;
                            category: string | null;
                            categoryName: {
                                en: string;
                                zh: string;
                            } | null;
                            contactPhone: string | null;
                            content: string | null;
                            createdAt: string;
                            design: string | null;
                            expectedOutcome: string | null;
                            filledBy: string | null;
                            /** @enum {string} */
                            form: "union" | "department" | "member";
                            formName: {
                                en: string;
                                zh: string;
                            };
                            funding: string | null;
                            id: number;
                            introduction: string | null;
                            resources: string | null;
                            returnReason: string | null;
                            status: string;
                            submitter: {
                                accountId: number;
                                name: string;
                                orgId: number | null;
                                orgName: string | null;
                            };
                            targetGroup: string | null;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/reveal-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Show a proposal’s full contact phone (officers of the call’s union; audited)
         * @description Permission: `members.reveal`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contactPhone: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A list-building job: status and progress
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            lists: number;
                            members: number;
                            orgId: number;
                            orgName: string;
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            progress: {
                                done: number;
                                phase: string;
                                total: number;
                            } | null;
                            /** @enum {string} */
                            status: "building" | "done" | "failed";
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Claims in my scope (masked), paginated, with the pay-by date and an overdue flag
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query?: {
                    claimType?: "critical-illness" | "accidental-death" | "accidental-total-disability" | "disease-death" | "hospitalization";
                    orgId?: number;
                    /** @description only claims not paid by their pay-by date */
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    status?: "filed" | "approved" | "rejected" | "paid";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    pay: boolean;
                                    review: boolean;
                                };
                                amount: number;
                                /** @enum {string} */
                                claimType: "critical-illness" | "accidental-death" | "accidental-total-disability" | "disease-death" | "hospitalization";
                                claimTypeName: {
                                    en: string;
                                    zh: string;
                                };
                                coverageEnd: string | null;
                                coverageStart: string | null;
                                coverId: number;
                                description: string | null;
                                documents: {
                                    fileName: string;
                                    id: number;
                                    type: string;
                                }[];
                                eventDate: string;
                                /** @enum {string} */
                                filedAs: "member" | "unit";
                                filedOn: string;
                                filingDeadline: string | null;
                                hospitalDays: number | null;
                                id: number;
                                idMasked: string | null;
                                memberNo: string;
                                membershipId: number;
                                mode: ("collective" | "new-card" | "card-without-cover" | "individual") | null;
                                name: string;
                                orgId: number;
                                orgName: string;
                                overdue: boolean;
                                paidOn: string | null;
                                payBy: string | null;
                                paymentReference: string | null;
                                /** @enum {string} */
                                payTo: "member-card" | "regional-union";
                                payToOrgName: string | null;
                                payWithinDays: number | null;
                                /** @enum {string} */
                                plan: "A" | "B" | "A+" | "B+";
                                planName: {
                                    en: string;
                                    zh: string;
                                };
                                policy: string;
                                reviewedOn: string | null;
                                reviewReason: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected" | "paid";
                                statusName: {
                                    en: string;
                                    zh: string;
                                };
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * The union files a claim for a member of its subtree
         * @description Permission: `protection.enroll`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description the benefit claimed; hospitalization only for plans A+ and B+
                         * @enum {string}
                         */
                        claimType: "critical-illness" | "accidental-death" | "accidental-total-disability" | "disease-death" | "hospitalization";
                        description?: string;
                        /**
                         * @description documents uploaded first (POST /documents) by the one filing
                         * @default []
                         */
                        documentIds?: number[];
                        /** @description diagnosis, accident, death or admission */
                        eventDate: string;
                        /** @description hospitalization: days in hospital */
                        hospitalDays?: number;
                        /** @description the member, in my subtree */
                        membershipId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                pay: boolean;
                                review: boolean;
                            };
                            amount: number;
                            /** @enum {string} */
                            claimType: "critical-illness" | "accidental-death" | "accidental-total-disability" | "disease-death" | "hospitalization";
                            claimTypeName: {
                                en: string;
                                zh: string;
                            };
                            coverageEnd: string | null;
                            coverageStart: string | null;
                            coverId: number;
                            description: string | null;
                            documents: {
                                fileName: string;
                                id: number;
                                type: string;
                            }[];
                            evaluation: {
                                [key: string]: unknown;
                            };
                            eventDate: string;
                            /** @enum {string} */
                            filedAs: "member" | "unit";
                            filedOn: string;
                            filingDeadline: string | null;
                            hospitalDays: number | null;
                            id: number;
                            idMasked: string | null;
                            memberNo: string;
                            membershipId: number;
                            mode: ("collective" | "new-card" | "card-without-cover" | "individual") | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            overdue: boolean;
                            paidOn: string | null;
                            payBy: string | null;
                            paymentReference: string | null;
                            /** @enum {string} */
                            payTo: "member-card" | "regional-union";
                            payToOrgName: string | null;
                            payWithinDays: number | null;
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            /** @enum {string} */
                            status: "filed" | "approved" | "rejected" | "paid";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One claim with the engine’s evaluation (trace)
         * @description Permission: `protection.read` or `protection.apply`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                pay: boolean;
                                review: boolean;
                            };
                            amount: number;
                            /** @enum {string} */
                            claimType: "critical-illness" | "accidental-death" | "accidental-total-disability" | "disease-death" | "hospitalization";
                            claimTypeName: {
                                en: string;
                                zh: string;
                            };
                            coverageEnd: string | null;
                            coverageStart: string | null;
                            coverId: number;
                            description: string | null;
                            documents: {
                                fileName: string;
                                id: number;
                                type: string;
                            }[];
                            evaluation: {
                                [key: string]: unknown;
                            };
                            eventDate: string;
                            /** @enum {string} */
                            filedAs: "member" | "unit";
                            filedOn: string;
                            filingDeadline: string | null;
                            hospitalDays: number | null;
                            id: number;
                            idMasked: string | null;
                            memberNo: string;
                            membershipId: number;
                            mode: ("collective" | "new-card" | "card-without-cover" | "individual") | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            overdue: boolean;
                            paidOn: string | null;
                            payBy: string | null;
                            paymentReference: string | null;
                            /** @enum {string} */
                            payTo: "member-card" | "regional-union";
                            payToOrgName: string | null;
                            payWithinDays: number | null;
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            /** @enum {string} */
                            status: "filed" | "approved" | "rejected" | "paid";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/claims/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 市职保中心 approves a claim (the engine decides again on the register)
         * @description Permission: `protection.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                pay: boolean;
                                review: boolean;
                            };
                            amount: number;
                            /** @enum {string} */
                            claimType: "critical-illness" | "accidental-death" | "accidental-total-disability" | "disease-death" | "hospitalization";
                            claimTypeName: {
                                en: string;
                                zh: string;
                            };
                            coverageEnd: string | null;
                            coverageStart: string | null;
                            coverId: number;
                            description: string | null;
                            documents: {
                                fileName: string;
                                id: number;
                                type: string;
                            }[];
                            evaluation: {
                                [key: string]: unknown;
                            };
                            eventDate: string;
                            /** @enum {string} */
                            filedAs: "member" | "unit";
                            filedOn: string;
                            filingDeadline: string | null;
                            hospitalDays: number | null;
                            id: number;
                            idMasked: string | null;
                            memberNo: string;
                            membershipId: number;
                            mode: ("collective" | "new-card" | "card-without-cover" | "individual") | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            overdue: boolean;
                            paidOn: string | null;
                            payBy: string | null;
                            paymentReference: string | null;
                            /** @enum {string} */
                            payTo: "member-card" | "regional-union";
                            payToOrgName: string | null;
                            payWithinDays: number | null;
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            /** @enum {string} */
                            status: "filed" | "approved" | "rejected" | "paid";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/claims/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A document of a claim, for 市职保中心’s reviewers (audited)
         * @description Permission: `protection.review`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file (PDF, JPEG, PNG) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/claims/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 市职保中心 records the payment of an approved claim (once)
         * @description Permission: `protection.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        paidOn?: string;
                        reference?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                pay: boolean;
                                review: boolean;
                            };
                            amount: number;
                            /** @enum {string} */
                            claimType: "critical-illness" | "accidental-death" | "accidental-total-disability" | "disease-death" | "hospitalization";
                            claimTypeName: {
                                en: string;
                                zh: string;
                            };
                            coverageEnd: string | null;
                            coverageStart: string | null;
                            coverId: number;
                            description: string | null;
                            documents: {
                                fileName: string;
                                id: number;
                                type: string;
                            }[];
                            evaluation: {
                                [key: string]: unknown;
                            };
                            eventDate: string;
                            /** @enum {string} */
                            filedAs: "member" | "unit";
                            filedOn: string;
                            filingDeadline: string | null;
                            hospitalDays: number | null;
                            id: number;
                            idMasked: string | null;
                            memberNo: string;
                            membershipId: number;
                            mode: ("collective" | "new-card" | "card-without-cover" | "individual") | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            overdue: boolean;
                            paidOn: string | null;
                            payBy: string | null;
                            paymentReference: string | null;
                            /** @enum {string} */
                            payTo: "member-card" | "regional-union";
                            payToOrgName: string | null;
                            payWithinDays: number | null;
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            /** @enum {string} */
                            status: "filed" | "approved" | "rejected" | "paid";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 市职保中心 rejects a claim, with the reason
         * @description Permission: `protection.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why the claim is not paid (shown to the member) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                pay: boolean;
                                review: boolean;
                            };
                            amount: number;
                            /** @enum {string} */
                            claimType: "critical-illness" | "accidental-death" | "accidental-total-disability" | "disease-death" | "hospitalization";
                            claimTypeName: {
                                en: string;
                                zh: string;
                            };
                            coverageEnd: string | null;
                            coverageStart: string | null;
                            coverId: number;
                            description: string | null;
                            documents: {
                                fileName: string;
                                id: number;
                                type: string;
                            }[];
                            evaluation: {
                                [key: string]: unknown;
                            };
                            eventDate: string;
                            /** @enum {string} */
                            filedAs: "member" | "unit";
                            filedOn: string;
                            filingDeadline: string | null;
                            hospitalDays: number | null;
                            id: number;
                            idMasked: string | null;
                            memberNo: string;
                            membershipId: number;
                            mode: ("collective" | "new-card" | "card-without-cover" | "individual") | null;
                            name: string;
                            orgId: number;
                            orgName: string;
                            overdue: boolean;
                            paidOn: string | null;
                            payBy: string | null;
                            paymentReference: string | null;
                            /** @enum {string} */
                            payTo: "member-card" | "regional-union";
                            payToOrgName: string | null;
                            payWithinDays: number | null;
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            /** @enum {string} */
                            status: "filed" | "approved" | "rejected" | "paid";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/claims/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The claims list as .xlsx with the same filters and scope (ID numbers masked), in the page’s columns (at most EXPORT_MAX_ROWS rows)
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query?: {
                    claimType?: "critical-illness" | "accidental-death" | "accidental-total-disability" | "disease-death" | "hospitalization";
                    orgId?: number;
                    /** @description only claims not paid by their pay-by date */
                    overdue?: "true" | "false";
                    status?: "filed" | "approved" | "rejected" | "paid";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/covers/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The regional union confirms a card-without-cover upload: cover from the next day
         * @description Permission: `protection.confirm`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appliedOn: string | null;
                            citySubsidy: number;
                            coverageEnd: string;
                            coverageStart: string;
                            evaluation: {
                                [key: string]: unknown;
                            } | null;
                            firstIndividual: boolean;
                            id: number;
                            idMasked: string | null;
                            listId: number | null;
                            memberNo: string;
                            membershipId: number;
                            /** @enum {string} */
                            mode: "collective" | "new-card" | "card-without-cover" | "individual";
                            name: string;
                            note: string | null;
                            orgId: number;
                            orgName: string;
                            paidOn: string | null;
                            /** @enum {string} */
                            payer: "union" | "member";
                            paymentDue: string | null;
                            /** @enum {string} */
                            paymentState: "unpaid" | "remitted" | "paid";
                            /**
                             * @description where today (Asia/Shanghai) stands in the coverage period
                             * @enum {string}
                             */
                            phase: "not-started" | "in-force" | "ended";
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            premium: number;
                            regionId: number | null;
                            remainder: number;
                            status: string;
                            /** @enum {string} */
                            term: "full-year" | "half-year";
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/covers/{id}/deposit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 市职保中心 records the deposit of an individual application (checked against the 15 working days)
         * @description Permission: `protection.reconcile`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        paidOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appliedOn: string | null;
                            citySubsidy: number;
                            coverageEnd: string;
                            coverageStart: string;
                            evaluation: {
                                [key: string]: unknown;
                            } | null;
                            firstIndividual: boolean;
                            id: number;
                            idMasked: string | null;
                            listId: number | null;
                            memberNo: string;
                            membershipId: number;
                            /** @enum {string} */
                            mode: "collective" | "new-card" | "card-without-cover" | "individual";
                            name: string;
                            note: string | null;
                            orgId: number;
                            orgName: string;
                            paidOn: string | null;
                            /** @enum {string} */
                            payer: "union" | "member";
                            paymentDue: string | null;
                            /** @enum {string} */
                            paymentState: "unpaid" | "remitted" | "paid";
                            /**
                             * @description where today (Asia/Shanghai) stands in the coverage period
                             * @enum {string}
                             */
                            phase: "not-started" | "in-force" | "ended";
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            premium: number;
                            regionId: number | null;
                            remainder: number;
                            status: string;
                            /** @enum {string} */
                            term: "full-year" | "half-year";
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cover register of a year in my scope (masked), paginated
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query: {
                    listId?: number;
                    mode?: "collective" | "new-card" | "card-without-cover" | "individual";
                    /** @description only this org and its subtree */
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    plan?: "A" | "B" | "A+" | "B+";
                    /** @description name prefix or member number */
                    q?: string;
                    status?: "listed" | "excluded" | "confirmed" | "pending-payment" | "lapsed";
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                citySubsidy: number;
                                coverageEnd: string;
                                coverageStart: string;
                                id: number;
                                idMasked: string | null;
                                listId: number | null;
                                memberNo: string;
                                membershipId: number;
                                /** @enum {string} */
                                mode: "collective" | "new-card" | "card-without-cover" | "individual";
                                name: string;
                                note: string | null;
                                orgId: number;
                                orgName: string;
                                paidOn: string | null;
                                /** @enum {string} */
                                payer: "union" | "member";
                                paymentDue: string | null;
                                /** @enum {string} */
                                paymentState: "unpaid" | "remitted" | "paid";
                                /**
                                 * @description where today (Asia/Shanghai) stands in the coverage period
                                 * @enum {string}
                                 */
                                phase: "not-started" | "in-force" | "ended";
                                /** @enum {string} */
                                plan: "A" | "B" | "A+" | "B+";
                                policy: string;
                                premium: number;
                                regionId: number | null;
                                remainder: number;
                                status: string;
                                /** @enum {string} */
                                term: "full-year" | "half-year";
                                /** @enum {string} */
                                unitCategory: "ordinary" | "special";
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/enrollments/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cover register as .xlsx with the same filters and scope (ID numbers masked), in the page’s columns with the amounts (at most EXPORT_MAX_ROWS rows)
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query: {
                    listId?: number;
                    mode?: "collective" | "new-card" | "card-without-cover" | "individual";
                    /** @description only this org and its subtree */
                    orgId?: number;
                    plan?: "A" | "B" | "A+" | "B+";
                    /** @description name prefix or member number */
                    q?: string;
                    status?: "listed" | "excluded" | "confirmed" | "pending-payment" | "lapsed";
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/flexible/covers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Flexible workers’ C/D covers of a year in my scope (masked), with the D-class deliveries
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query: {
                    /** @description D-class covers whose checkup is recorded / not yet */
                    checkup?: "done" | "missing";
                    /** @description only this org and its subtree */
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    plan?: "C" | "D";
                    /** @description name prefix or member number */
                    q?: string;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                channel: "qr-code" | "dues" | "officer";
                                coverageEnd: string;
                                coverageStart: string;
                                deliveries: {
                                    done: {
                                        deliveredOn: string;
                                        giftForm: ("transport-card" | "phone-card" | "online-voucher" | "goods" | "pickup-voucher") | null;
                                        id: number;
                                        lateReason: string | null;
                                        note: string | null;
                                        service: ("safety-training" | "legal-aid" | "skills" | "sanatorium" | "hardship-relief" | "culture-sports" | "other") | null;
                                    }[];
                                    due: string | null;
                                    /** @enum {string} */
                                    kind: "checkup" | "cooling-gift" | "warmth-gift" | "service";
                                    lastDay: string | null;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    required: boolean;
                                }[];
                                duesPaid: number;
                                duesPaidOn: string | null;
                                enrolledOn: string;
                                id: number;
                                idMasked: string | null;
                                /** @description yuan; null where the seeds do not state it */
                                maxBenefit: number | null;
                                memberId: number;
                                memberNo: string;
                                membershipId: number;
                                name: string;
                                orgId: number;
                                orgName: string;
                                /** @enum {string} */
                                plan: "C" | "D";
                                planName: {
                                    en: string;
                                    zh: string;
                                };
                                policy: string;
                                regionId: number | null;
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a flexible worker’s cover for this year: the engine decides C or D (120-yuan dues paid in one go), under 60, one a year
         * @description Permission: `protection.enroll`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description qr-code: joined by scanning (001 项目7); dues: paid the yearly dues in one go (002 二(一)); officer: recorded by the union
                         * @enum {string}
                         */
                        channel: "qr-code" | "dues" | "officer";
                        /** @description the day the dues were paid (default today) */
                        duesPaidOn?: string;
                        /** @description the yearly dues paid in one go (yuan): 120 or more gives D */
                        duesPaidYuan?: number;
                        /** @description the member (person id) */
                        memberId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "qr-code" | "dues" | "officer";
                            coverageEnd: string;
                            coverageStart: string;
                            deliveries: {
                                done: {
                                    deliveredOn: string;
                                    giftForm: ("transport-card" | "phone-card" | "online-voucher" | "goods" | "pickup-voucher") | null;
                                    id: number;
                                    lateReason: string | null;
                                    note: string | null;
                                    service: ("safety-training" | "legal-aid" | "skills" | "sanatorium" | "hardship-relief" | "culture-sports" | "other") | null;
                                }[];
                                due: string | null;
                                /** @enum {string} */
                                kind: "checkup" | "cooling-gift" | "warmth-gift" | "service";
                                lastDay: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                required: boolean;
                            }[];
                            duesPaid: number;
                            duesPaidOn: string | null;
                            enrolledOn: string;
                            evaluation: {
                                [key: string]: unknown;
                            };
                            id: number;
                            idMasked: string | null;
                            /** @description yuan; null where the seeds do not state it */
                            maxBenefit: number | null;
                            memberId: number;
                            memberNo: string;
                            membershipId: number;
                            name: string;
                            orgId: number;
                            orgName: string;
                            /** @enum {string} */
                            plan: "C" | "D";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            regionId: number | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/flexible/covers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One C/D cover with the engine’s evaluation
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "qr-code" | "dues" | "officer";
                            coverageEnd: string;
                            coverageStart: string;
                            deliveries: {
                                done: {
                                    deliveredOn: string;
                                    giftForm: ("transport-card" | "phone-card" | "online-voucher" | "goods" | "pickup-voucher") | null;
                                    id: number;
                                    lateReason: string | null;
                                    note: string | null;
                                    service: ("safety-training" | "legal-aid" | "skills" | "sanatorium" | "hardship-relief" | "culture-sports" | "other") | null;
                                }[];
                                due: string | null;
                                /** @enum {string} */
                                kind: "checkup" | "cooling-gift" | "warmth-gift" | "service";
                                lastDay: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                required: boolean;
                            }[];
                            duesPaid: number;
                            duesPaidOn: string | null;
                            enrolledOn: string;
                            evaluation: {
                                [key: string]: unknown;
                            };
                            id: number;
                            idMasked: string | null;
                            /** @description yuan; null where the seeds do not state it */
                            maxBenefit: number | null;
                            memberId: number;
                            memberNo: string;
                            membershipId: number;
                            name: string;
                            orgId: number;
                            orgName: string;
                            /** @enum {string} */
                            plan: "C" | "D";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            regionId: number | null;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/flexible/covers/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The street / park / industry union records a delivery to a D-class member (checkup by 9/30, gifts never in cash)
         * @description Permission: `protection.enroll`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        deliveredOn: string;
                        /**
                         * @description for the gifts: how it was given (never cash, 002 二(一))
                         * @enum {string}
                         */
                        giftForm?: "transport-card" | "phone-card" | "online-voucher" | "goods" | "pickup-voucher" | "cash";
                        /** @enum {string} */
                        kind: "checkup" | "cooling-gift" | "warmth-gift" | "service";
                        /** @description required for a checkup after 30 September */
                        lateReason?: string;
                        note?: string;
                        /**
                         * @description for kind service: which one (安全培训、法律援助、素质提升、职工疗休养、帮困送温暖、文体活动)
                         * @enum {string}
                         */
                        service?: "safety-training" | "legal-aid" | "skills" | "sanatorium" | "hardship-relief" | "culture-sports" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "qr-code" | "dues" | "officer";
                            coverageEnd: string;
                            coverageStart: string;
                            deliveries: {
                                done: {
                                    deliveredOn: string;
                                    giftForm: ("transport-card" | "phone-card" | "online-voucher" | "goods" | "pickup-voucher") | null;
                                    id: number;
                                    lateReason: string | null;
                                    note: string | null;
                                    service: ("safety-training" | "legal-aid" | "skills" | "sanatorium" | "hardship-relief" | "culture-sports" | "other") | null;
                                }[];
                                due: string | null;
                                /** @enum {string} */
                                kind: "checkup" | "cooling-gift" | "warmth-gift" | "service";
                                lastDay: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                required: boolean;
                            }[];
                            deliveryId: number;
                            duesPaid: number;
                            duesPaidOn: string | null;
                            enrolledOn: string;
                            evaluation: {
                                [key: string]: unknown;
                            };
                            id: number;
                            idMasked: string | null;
                            /** @description yuan; null where the seeds do not state it */
                            maxBenefit: number | null;
                            memberId: number;
                            memberNo: string;
                            membershipId: number;
                            name: string;
                            orgId: number;
                            orgName: string;
                            /** @enum {string} */
                            plan: "C" | "D";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            regionId: number | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/flexible/covers/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The C/D covers of a year as .xlsx with the same filters and scope (ID numbers masked), with the deliveries (at most EXPORT_MAX_ROWS rows)
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query: {
                    /** @description D-class covers whose checkup is recorded / not yet */
                    checkup?: "done" | "missing";
                    /** @description only this org and its subtree */
                    orgId?: number;
                    plan?: "C" | "D";
                    /** @description name prefix or member number */
                    q?: string;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/flexible/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Flexible workers covered by class, and D-class checkups done (scoped)
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query: {
                    /** @description only this org and its subtree */
                    orgId?: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            C: {
                                members: number;
                            };
                            D: {
                                checkups: number;
                                members: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gig workers’ claims in my scope (masked), with the pay-by date
         * @description Permission: `protection.gig` or `protection.read`
         */
        get: {
            parameters: {
                query?: {
                    coverId?: number;
                    page?: number;
                    pageSize?: number;
                    status?: "filed" | "approved" | "rejected" | "paid";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    pay: boolean;
                                    review: boolean;
                                };
                                accountMasked: string | null;
                                accountName: string | null;
                                amount: number;
                                bank: string | null;
                                /** @enum {string} */
                                claimType: "hospital-allowance" | "critical-illness" | "critical-illness-medical" | "disease-death" | "accidental-death" | "accidental-disability" | "accidental-injury";
                                claimTypeName: {
                                    en: string;
                                    zh: string;
                                };
                                coverageEnd: string;
                                coverageStart: string;
                                coverId: number;
                                description: string | null;
                                disabilityGrade: number | null;
                                /** @enum {string} */
                                enrollmentMode: "centralized" | "instant";
                                eventDate: string;
                                /** @enum {string} */
                                filedAs: "platform" | "agency";
                                filedOn: string;
                                filingDeadline: string | null;
                                hospitalDays: number | null;
                                id: number;
                                idMasked: string;
                                name: string;
                                outcomeOn: string | null;
                                outOfPocket: number | null;
                                overdue: boolean;
                                paidOn: string | null;
                                payBy: string | null;
                                paymentReference: string | null;
                                /** @enum {string} */
                                payTo: "bank-account" | "platform-account";
                                payToName: {
                                    en: string;
                                    zh: string;
                                };
                                payWithinDays: number | null;
                                platformId: number;
                                platformName: string;
                                policy: string;
                                reviewedOn: string | null;
                                reviewReason: string | null;
                                /** @enum {string} */
                                status: "filed" | "approved" | "rejected" | "paid";
                                statusName: {
                                    en: string;
                                    zh: string;
                                };
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * File a claim for a covered gig worker: cover, waiting period, deadlines and amount checked by the engine; paid to the worker’s bank card (deaths: the platform)
         * @description Permission: `protection.gig` or `protection.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountName?: string;
                        accountNo?: string;
                        /** @description the worker’s bank (a debit card opened in Shanghai); required unless a death benefit */
                        bank?: string;
                        /** @enum {string} */
                        claimType: "hospital-allowance" | "critical-illness" | "critical-illness-medical" | "disease-death" | "accidental-death" | "accidental-disability" | "accidental-injury";
                        /** @description the worker’s cover (GET /protection/gig/covers) */
                        coverId: number;
                        description?: string;
                        disabilityGrade?: number;
                        /** @description admission, diagnosis, death or accident */
                        eventDate: string;
                        hospitalDays?: number;
                        /** @description accidental death or disability: the day it followed the accident */
                        outcomeOn?: string;
                        /** @description critical-illness medical aid: out-of-pocket cost of this stay, yuan */
                        outOfPocket?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                pay: boolean;
                                review: boolean;
                            };
                            accountMasked: string | null;
                            accountName: string | null;
                            amount: number;
                            bank: string | null;
                            /** @enum {string} */
                            claimType: "hospital-allowance" | "critical-illness" | "critical-illness-medical" | "disease-death" | "accidental-death" | "accidental-disability" | "accidental-injury";
                            claimTypeName: {
                                en: string;
                                zh: string;
                            };
                            coverageEnd: string;
                            coverageStart: string;
                            coverId: number;
                            description: string | null;
                            disabilityGrade: number | null;
                            /** @enum {string} */
                            enrollmentMode: "centralized" | "instant";
                            evaluation: {
                                [key: string]: unknown;
                            };
                            eventDate: string;
                            /** @enum {string} */
                            filedAs: "platform" | "agency";
                            filedOn: string;
                            filingDeadline: string | null;
                            hospitalDays: number | null;
                            id: number;
                            idMasked: string;
                            name: string;
                            outcomeOn: string | null;
                            outOfPocket: number | null;
                            overdue: boolean;
                            paidOn: string | null;
                            payBy: string | null;
                            paymentReference: string | null;
                            /** @enum {string} */
                            payTo: "bank-account" | "platform-account";
                            payToName: {
                                en: string;
                                zh: string;
                            };
                            payWithinDays: number | null;
                            platformId: number;
                            platformName: string;
                            policy: string;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            /** @enum {string} */
                            status: "filed" | "approved" | "rejected" | "paid";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One gig claim with the engine’s evaluation
         * @description Permission: `protection.gig` or `protection.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                pay: boolean;
                                review: boolean;
                            };
                            accountMasked: string | null;
                            accountName: string | null;
                            amount: number;
                            bank: string | null;
                            /** @enum {string} */
                            claimType: "hospital-allowance" | "critical-illness" | "critical-illness-medical" | "disease-death" | "accidental-death" | "accidental-disability" | "accidental-injury";
                            claimTypeName: {
                                en: string;
                                zh: string;
                            };
                            coverageEnd: string;
                            coverageStart: string;
                            coverId: number;
                            description: string | null;
                            disabilityGrade: number | null;
                            /** @enum {string} */
                            enrollmentMode: "centralized" | "instant";
                            evaluation: {
                                [key: string]: unknown;
                            };
                            eventDate: string;
                            /** @enum {string} */
                            filedAs: "platform" | "agency";
                            filedOn: string;
                            filingDeadline: string | null;
                            hospitalDays: number | null;
                            id: number;
                            idMasked: string;
                            name: string;
                            outcomeOn: string | null;
                            outOfPocket: number | null;
                            overdue: boolean;
                            paidOn: string | null;
                            payBy: string | null;
                            paymentReference: string | null;
                            /** @enum {string} */
                            payTo: "bank-account" | "platform-account";
                            payToName: {
                                en: string;
                                zh: string;
                            };
                            payWithinDays: number | null;
                            platformId: number;
                            platformName: string;
                            policy: string;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            /** @enum {string} */
                            status: "filed" | "approved" | "rejected" | "paid";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/claims/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 市职工保障互助中心 approves a gig claim (the engine decides again) and books it in the payout ledger
         * @description Permission: `protection.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                pay: boolean;
                                review: boolean;
                            };
                            accountMasked: string | null;
                            accountName: string | null;
                            amount: number;
                            bank: string | null;
                            /** @enum {string} */
                            claimType: "hospital-allowance" | "critical-illness" | "critical-illness-medical" | "disease-death" | "accidental-death" | "accidental-disability" | "accidental-injury";
                            claimTypeName: {
                                en: string;
                                zh: string;
                            };
                            coverageEnd: string;
                            coverageStart: string;
                            coverId: number;
                            description: string | null;
                            disabilityGrade: number | null;
                            /** @enum {string} */
                            enrollmentMode: "centralized" | "instant";
                            evaluation: {
                                [key: string]: unknown;
                            };
                            eventDate: string;
                            /** @enum {string} */
                            filedAs: "platform" | "agency";
                            filedOn: string;
                            filingDeadline: string | null;
                            hospitalDays: number | null;
                            id: number;
                            idMasked: string;
                            name: string;
                            outcomeOn: string | null;
                            outOfPocket: number | null;
                            overdue: boolean;
                            paidOn: string | null;
                            payBy: string | null;
                            paymentReference: string | null;
                            /** @enum {string} */
                            payTo: "bank-account" | "platform-account";
                            payToName: {
                                en: string;
                                zh: string;
                            };
                            payWithinDays: number | null;
                            platformId: number;
                            platformName: string;
                            policy: string;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            /** @enum {string} */
                            status: "filed" | "approved" | "rejected" | "paid";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/claims/{id}/bank-account/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 市职工保障互助中心 sees the worker’s full bank card of an approved claim to transfer the benefit (audited; masked everywhere else)
         * @description Permission: `protection.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountName: string;
                            accountNo: string;
                            bank: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/claims/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 市职工保障互助中心 pays an approved gig claim through the payout ledger (once)
         * @description Permission: `protection.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        paidOn?: string;
                        reference?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                pay: boolean;
                                review: boolean;
                            };
                            accountMasked: string | null;
                            accountName: string | null;
                            amount: number;
                            bank: string | null;
                            /** @enum {string} */
                            claimType: "hospital-allowance" | "critical-illness" | "critical-illness-medical" | "disease-death" | "accidental-death" | "accidental-disability" | "accidental-injury";
                            claimTypeName: {
                                en: string;
                                zh: string;
                            };
                            coverageEnd: string;
                            coverageStart: string;
                            coverId: number;
                            description: string | null;
                            disabilityGrade: number | null;
                            /** @enum {string} */
                            enrollmentMode: "centralized" | "instant";
                            evaluation: {
                                [key: string]: unknown;
                            };
                            eventDate: string;
                            /** @enum {string} */
                            filedAs: "platform" | "agency";
                            filedOn: string;
                            filingDeadline: string | null;
                            hospitalDays: number | null;
                            id: number;
                            idMasked: string;
                            name: string;
                            outcomeOn: string | null;
                            outOfPocket: number | null;
                            overdue: boolean;
                            paidOn: string | null;
                            payBy: string | null;
                            paymentReference: string | null;
                            /** @enum {string} */
                            payTo: "bank-account" | "platform-account";
                            payToName: {
                                en: string;
                                zh: string;
                            };
                            payWithinDays: number | null;
                            platformId: number;
                            platformName: string;
                            policy: string;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            /** @enum {string} */
                            status: "filed" | "approved" | "rejected" | "paid";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 市职工保障互助中心 rejects a gig claim, with the reason
         * @description Permission: `protection.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why the roster goes back to the platform */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                pay: boolean;
                                review: boolean;
                            };
                            accountMasked: string | null;
                            accountName: string | null;
                            amount: number;
                            bank: string | null;
                            /** @enum {string} */
                            claimType: "hospital-allowance" | "critical-illness" | "critical-illness-medical" | "disease-death" | "accidental-death" | "accidental-disability" | "accidental-injury";
                            claimTypeName: {
                                en: string;
                                zh: string;
                            };
                            coverageEnd: string;
                            coverageStart: string;
                            coverId: number;
                            description: string | null;
                            disabilityGrade: number | null;
                            /** @enum {string} */
                            enrollmentMode: "centralized" | "instant";
                            evaluation: {
                                [key: string]: unknown;
                            };
                            eventDate: string;
                            /** @enum {string} */
                            filedAs: "platform" | "agency";
                            filedOn: string;
                            filingDeadline: string | null;
                            hospitalDays: number | null;
                            id: number;
                            idMasked: string;
                            name: string;
                            outcomeOn: string | null;
                            outOfPocket: number | null;
                            overdue: boolean;
                            paidOn: string | null;
                            payBy: string | null;
                            paymentReference: string | null;
                            /** @enum {string} */
                            payTo: "bank-account" | "platform-account";
                            payToName: {
                                en: string;
                                zh: string;
                            };
                            payWithinDays: number | null;
                            platformId: number;
                            platformName: string;
                            policy: string;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            /** @enum {string} */
                            status: "filed" | "approved" | "rejected" | "paid";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/claims/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The gig claims list (masked) as .xlsx with the same filters and scope, in the page’s columns (at most EXPORT_MAX_ROWS rows)
         * @description Permission: `protection.gig` or `protection.read`
         */
        get: {
            parameters: {
                query?: {
                    coverId?: number;
                    status?: "filed" | "approved" | "rejected" | "paid";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/covers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gig workers’ covers in my scope (masked); default: in force
         * @description Permission: `protection.gig` or `protection.read`
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    platformId?: number;
                    /** @description name prefix */
                    q?: string;
                    status?: "pending" | "active" | "returned" | "refused";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                activatedOn: string | null;
                                age: number;
                                coverageEnd: string | null;
                                coverageStart: string | null;
                                enrollmentMode: ("centralized" | "instant") | null;
                                id: number;
                                idMasked: string;
                                name: string;
                                phase: ("not-started" | "in-force" | "ended") | null;
                                phoneMasked: string | null;
                                platformId: number;
                                platformName: string;
                                premium: number | null;
                                refusal: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                } | null;
                                rosterId: number;
                                rowNo: number;
                                smsSent: boolean;
                                /** @enum {string} */
                                status: "pending" | "active" | "returned" | "refused";
                                /** @description for an active cover, where today stands in its period */
                                statusName: {
                                    en: string;
                                    zh: string;
                                };
                                waitingDays: {
                                    [key: string]: number;
                                } | null;
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/covers/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The covers list (ID numbers and mobiles masked) as .xlsx with the same filters and scope, in the page’s columns (at most EXPORT_MAX_ROWS rows)
         * @description Permission: `protection.gig` or `protection.read`
         */
        get: {
            parameters: {
                query?: {
                    platformId?: number;
                    /** @description name prefix */
                    q?: string;
                    status?: "pending" | "active" | "returned" | "refused";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/rosters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rosters in my scope (a platform: its own), newest first
         * @description Permission: `protection.gig` or `protection.read`
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    platformId?: number;
                    status?: "submitted" | "approved" | "returned";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    review: boolean;
                                };
                                accepted: number;
                                coverageEnd: string;
                                coverageStart: string;
                                enrolledOn: string;
                                /** @enum {string} */
                                enrollmentMode: "centralized" | "instant";
                                fileName: string | null;
                                id: number;
                                modeName: {
                                    en: string;
                                    zh: string;
                                };
                                platformId: number;
                                platformName: string;
                                policy: string;
                                /** @description yuan per worker */
                                premium: number;
                                refused: number;
                                reviewedOn: string | null;
                                reviewReason: string | null;
                                rows: number;
                                /** @enum {string} */
                                source: "file" | "api";
                                /** @enum {string} */
                                status: "submitted" | "approved" | "returned";
                                statusName: {
                                    en: string;
                                    zh: string;
                                };
                                submittedAt: string;
                                submittedBy: string;
                                /** @enum {string} */
                                term: "full-year" | "half-year";
                                /** @description yuan, accepted rows */
                                total: number;
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * A platform submits a roster of its workers as JSON (≤ 5,000 rows; all rows checked, nothing half-written; over-60 and already-covered workers are refused rows with the reason)
         * @description Permission: `protection.gig`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the workers, at most 5000 */
                        rows: {
                            /** @description 身份证号 (18 characters) */
                            idNumber: string;
                            /** @description 手机号码 */
                            mobile: string;
                            /** @description 姓名 */
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                review: boolean;
                            };
                            accepted: number;
                            coverageEnd: string;
                            coverageStart: string;
                            enrolledOn: string;
                            /** @enum {string} */
                            enrollmentMode: "centralized" | "instant";
                            /** @description the engine’s evaluation of the first accepted row */
                            evaluation: {
                                [key: string]: unknown;
                            } | null;
                            fileName: string | null;
                            id: number;
                            modeName: {
                                en: string;
                                zh: string;
                            };
                            platformId: number;
                            platformName: string;
                            policy: string;
                            /** @description yuan per worker */
                            premium: number;
                            refused: number;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            rows: number;
                            /** @enum {string} */
                            source: "file" | "api";
                            /** @enum {string} */
                            status: "submitted" | "approved" | "returned";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            submittedAt: string;
                            submittedBy: string;
                            /** @enum {string} */
                            term: "full-year" | "half-year";
                            /** @description yuan, accepted rows */
                            total: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/rosters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One roster with the engine’s evaluation
         * @description Permission: `protection.gig` or `protection.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                review: boolean;
                            };
                            accepted: number;
                            coverageEnd: string;
                            coverageStart: string;
                            enrolledOn: string;
                            /** @enum {string} */
                            enrollmentMode: "centralized" | "instant";
                            /** @description the engine’s evaluation of the first accepted row */
                            evaluation: {
                                [key: string]: unknown;
                            } | null;
                            fileName: string | null;
                            id: number;
                            modeName: {
                                en: string;
                                zh: string;
                            };
                            platformId: number;
                            platformName: string;
                            policy: string;
                            /** @description yuan per worker */
                            premium: number;
                            refused: number;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            rows: number;
                            /** @enum {string} */
                            source: "file" | "api";
                            /** @enum {string} */
                            status: "submitted" | "approved" | "returned";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            submittedAt: string;
                            submittedBy: string;
                            /** @enum {string} */
                            term: "full-year" | "half-year";
                            /** @description yuan, accepted rows */
                            total: number;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/rosters/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 市职工保障互助中心 approves a roster: the covers are in force, each worker gets an SMS
         * @description Permission: `protection.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                review: boolean;
                            };
                            accepted: number;
                            coverageEnd: string;
                            coverageStart: string;
                            enrolledOn: string;
                            /** @enum {string} */
                            enrollmentMode: "centralized" | "instant";
                            /** @description the engine’s evaluation of the first accepted row */
                            evaluation: {
                                [key: string]: unknown;
                            } | null;
                            fileName: string | null;
                            id: number;
                            modeName: {
                                en: string;
                                zh: string;
                            };
                            platformId: number;
                            platformName: string;
                            policy: string;
                            /** @description yuan per worker */
                            premium: number;
                            refused: number;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            rows: number;
                            /** @enum {string} */
                            source: "file" | "api";
                            /** @enum {string} */
                            status: "submitted" | "approved" | "returned";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            submittedAt: string;
                            submittedBy: string;
                            /** @enum {string} */
                            term: "full-year" | "half-year";
                            /** @description yuan, accepted rows */
                            total: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/rosters/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 市职工保障互助中心 returns a roster with the reason
         * @description Permission: `protection.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why the roster goes back to the platform */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                review: boolean;
                            };
                            accepted: number;
                            coverageEnd: string;
                            coverageStart: string;
                            enrolledOn: string;
                            /** @enum {string} */
                            enrollmentMode: "centralized" | "instant";
                            /** @description the engine’s evaluation of the first accepted row */
                            evaluation: {
                                [key: string]: unknown;
                            } | null;
                            fileName: string | null;
                            id: number;
                            modeName: {
                                en: string;
                                zh: string;
                            };
                            platformId: number;
                            platformName: string;
                            policy: string;
                            /** @description yuan per worker */
                            premium: number;
                            refused: number;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            rows: number;
                            /** @enum {string} */
                            source: "file" | "api";
                            /** @enum {string} */
                            status: "submitted" | "approved" | "returned";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            submittedAt: string;
                            submittedBy: string;
                            /** @enum {string} */
                            term: "full-year" | "half-year";
                            /** @description yuan, accepted rows */
                            total: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/rosters/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rows of a roster (masked) with their status and refusal reasons
         * @description Permission: `protection.gig` or `protection.read`
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "active" | "returned" | "refused";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                activatedOn: string | null;
                                age: number;
                                coverageEnd: string | null;
                                coverageStart: string | null;
                                enrollmentMode: ("centralized" | "instant") | null;
                                id: number;
                                idMasked: string;
                                name: string;
                                phase: ("not-started" | "in-force" | "ended") | null;
                                phoneMasked: string | null;
                                platformId: number;
                                platformName: string;
                                premium: number | null;
                                refusal: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                } | null;
                                rosterId: number;
                                rowNo: number;
                                smsSent: boolean;
                                /** @enum {string} */
                                status: "pending" | "active" | "returned" | "refused";
                                /** @description for an active cover, where today stands in its period */
                                statusName: {
                                    en: string;
                                    zh: string;
                                };
                                waitingDays: {
                                    [key: string]: number;
                                } | null;
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/rosters/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rosters list as .xlsx with the same filters and scope, in the page’s columns (at most EXPORT_MAX_ROWS rows)
         * @description Permission: `protection.gig` or `protection.read`
         */
        get: {
            parameters: {
                query?: {
                    platformId?: number;
                    status?: "submitted" | "approved" | "returned";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/rosters/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The .xlsx template of a gig roster (姓名, 身份证号, 手机号码)
         * @description Permission: `protection.gig`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/gig/rosters/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A platform uploads a roster file in the template’s columns (≤ 5,000 rows)
         * @description Permission: `protection.gig`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                review: boolean;
                            };
                            accepted: number;
                            coverageEnd: string;
                            coverageStart: string;
                            enrolledOn: string;
                            /** @enum {string} */
                            enrollmentMode: "centralized" | "instant";
                            /** @description the engine’s evaluation of the first accepted row */
                            evaluation: {
                                [key: string]: unknown;
                            } | null;
                            fileName: string | null;
                            id: number;
                            modeName: {
                                en: string;
                                zh: string;
                            };
                            platformId: number;
                            platformName: string;
                            policy: string;
                            /** @description yuan per worker */
                            premium: number;
                            refused: number;
                            reviewedOn: string | null;
                            reviewReason: string | null;
                            rows: number;
                            /** @enum {string} */
                            source: "file" | "api";
                            /** @enum {string} */
                            status: "submitted" | "approved" | "returned";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            submittedAt: string;
                            submittedBy: string;
                            /** @enum {string} */
                            term: "full-year" | "half-year";
                            /** @description yuan, accepted rows */
                            total: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/instant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Instant enrollment of one member: a new card (cover from the day after the card) or a card without cover (awaits the regional union)
         * @description Permission: `protection.enroll`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description new-card: the day the card was issued (cover from the next day) */
                        cardIssuedOn?: string;
                        membershipId: number;
                        /** @enum {string} */
                        mode: "new-card" | "card-without-cover";
                        /** @enum {string} */
                        plan: "A" | "B" | "A+" | "B+";
                        /**
                         * @description when given, checked against the union’s category
                         * @enum {string}
                         */
                        unitCategory?: "ordinary" | "special";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appliedOn: string | null;
                            citySubsidy: number;
                            coverageEnd: string;
                            coverageStart: string;
                            evaluation: {
                                [key: string]: unknown;
                            } | null;
                            firstIndividual: boolean;
                            id: number;
                            idMasked: string | null;
                            listId: number | null;
                            memberNo: string;
                            membershipId: number;
                            /** @enum {string} */
                            mode: "collective" | "new-card" | "card-without-cover" | "individual";
                            name: string;
                            note: string | null;
                            orgId: number;
                            orgName: string;
                            paidOn: string | null;
                            /** @enum {string} */
                            payer: "union" | "member";
                            paymentDue: string | null;
                            /** @enum {string} */
                            paymentState: "unpaid" | "remitted" | "paid";
                            /**
                             * @description where today (Asia/Shanghai) stands in the coverage period
                             * @enum {string}
                             */
                            phase: "not-started" | "in-force" | "ended";
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            premium: number;
                            regionId: number | null;
                            remainder: number;
                            status: string;
                            /** @enum {string} */
                            term: "full-year" | "half-year";
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Collective enrollment lists of a year (one per grassroots union), with totals
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query: {
                    orgId?: number;
                    page?: number;
                    pageSize?: number;
                    status?: "building" | "draft" | "submitted" | "confirmed" | "remitted" | "reconciled";
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    confirm: boolean;
                                    edit: boolean;
                                    submit: boolean;
                                };
                                citySubsidy: number;
                                confirmedOn: string | null;
                                coverageEnd: string;
                                coverageStart: string;
                                excluded: number;
                                id: number;
                                members: number;
                                orgId: number;
                                orgName: string;
                                /** @enum {string} */
                                plan: "A" | "B" | "A+" | "B+";
                                planName: {
                                    en: string;
                                    zh: string;
                                };
                                policy: string;
                                premium: number;
                                regionId: number | null;
                                remainder: number;
                                remittanceId: number | null;
                                status: string;
                                submittedOn: string | null;
                                term: string;
                                totals: {
                                    citySubsidy: number;
                                    premium: number;
                                    remainder: number;
                                };
                                /** @enum {string} */
                                unitCategory: "ordinary" | "special";
                                windows: {
                                    confirm: {
                                        from: string;
                                        to: string;
                                    };
                                    source: string;
                                    submit: {
                                        from: string;
                                        to: string;
                                    };
                                    voucherBy: string;
                                } | null;
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Build the collective lists of a union (or of every union under a district) from the registry: one job
         * @description Permission: `protection.enroll`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a grassroots union, or a street / district for every grassroots union under it without a list */
                        orgId: number;
                        /** @enum {string} */
                        plan: "A" | "B" | "A+" | "B+";
                        /**
                         * @description when given, checked against the union’s category
                         * @enum {string}
                         */
                        unitCategory?: "ordinary" | "special";
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: number;
                            jobId: number;
                            /** @enum {string} */
                            status: "building";
                            unions: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One list with the engine’s evaluation (trace) behind its amounts
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                confirm: boolean;
                                edit: boolean;
                                submit: boolean;
                            };
                            citySubsidy: number;
                            confirmedOn: string | null;
                            coverageEnd: string;
                            coverageStart: string;
                            evaluation: {
                                [key: string]: unknown;
                            };
                            excluded: number;
                            id: number;
                            members: number;
                            orgId: number;
                            orgName: string;
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            premium: number;
                            regionId: number | null;
                            remainder: number;
                            remittanceId: number | null;
                            status: string;
                            submittedOn: string | null;
                            term: string;
                            totals: {
                                citySubsidy: number;
                                premium: number;
                                remainder: number;
                            };
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                            windows: {
                                confirm: {
                                    from: string;
                                    to: string;
                                };
                                source: string;
                                submit: {
                                    from: string;
                                    to: string;
                                };
                                voucherBy: string;
                            } | null;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/lists/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The regional union confirms a submitted list (12/16–12/31)
         * @description Permission: `protection.confirm`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                confirm: boolean;
                                edit: boolean;
                                submit: boolean;
                            };
                            citySubsidy: number;
                            confirmedOn: string | null;
                            coverageEnd: string;
                            coverageStart: string;
                            excluded: number;
                            id: number;
                            members: number;
                            orgId: number;
                            orgName: string;
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            premium: number;
                            regionId: number | null;
                            remainder: number;
                            remittanceId: number | null;
                            status: string;
                            submittedOn: string | null;
                            term: string;
                            totals: {
                                citySubsidy: number;
                                premium: number;
                                remainder: number;
                            };
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                            windows: {
                                confirm: {
                                    from: string;
                                    to: string;
                                };
                                source: string;
                                submit: {
                                    from: string;
                                    to: string;
                                };
                                voucherBy: string;
                            } | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/lists/{id}/exclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take members off a draft list (with a reason)
         * @description Permission: `protection.enroll`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        membershipIds: number[];
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                confirm: boolean;
                                edit: boolean;
                                submit: boolean;
                            };
                            citySubsidy: number;
                            confirmedOn: string | null;
                            coverageEnd: string;
                            coverageStart: string;
                            excluded: number;
                            id: number;
                            members: number;
                            orgId: number;
                            orgName: string;
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            premium: number;
                            regionId: number | null;
                            remainder: number;
                            remittanceId: number | null;
                            status: string;
                            submittedOn: string | null;
                            term: string;
                            totals: {
                                citySubsidy: number;
                                premium: number;
                                remainder: number;
                            };
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                            windows: {
                                confirm: {
                                    from: string;
                                    to: string;
                                };
                                source: string;
                                submit: {
                                    from: string;
                                    to: string;
                                };
                                voucherBy: string;
                            } | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/lists/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One list as .xlsx in the 参保单 columns (ID numbers masked), to edit and import again
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/lists/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an edited list: 参保 是/否 takes members on or off, 保障类型 changes the plan; every row checked first, nothing half-written
         * @description Permission: `protection.enroll`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            list: {
                                abilities: {
                                    confirm: boolean;
                                    edit: boolean;
                                    submit: boolean;
                                };
                                citySubsidy: number;
                                confirmedOn: string | null;
                                coverageEnd: string;
                                coverageStart: string;
                                excluded: number;
                                id: number;
                                members: number;
                                orgId: number;
                                orgName: string;
                                /** @enum {string} */
                                plan: "A" | "B" | "A+" | "B+";
                                planName: {
                                    en: string;
                                    zh: string;
                                };
                                policy: string;
                                premium: number;
                                regionId: number | null;
                                remainder: number;
                                remittanceId: number | null;
                                status: string;
                                submittedOn: string | null;
                                term: string;
                                totals: {
                                    citySubsidy: number;
                                    premium: number;
                                    remainder: number;
                                };
                                /** @enum {string} */
                                unitCategory: "ordinary" | "special";
                                windows: {
                                    confirm: {
                                        from: string;
                                        to: string;
                                    };
                                    source: string;
                                    submit: {
                                        from: string;
                                        to: string;
                                    };
                                    voucherBy: string;
                                } | null;
                                year: number;
                            };
                            result: {
                                added: number;
                                excluded: number;
                                included: number;
                                listId: number;
                                planChanged: {
                                    /** @enum {string} */
                                    from: "A" | "B" | "A+" | "B+";
                                    /** @enum {string} */
                                    to: "A" | "B" | "A+" | "B+";
                                } | null;
                                rows: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/lists/{id}/include": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put excluded members back on a draft list
         * @description Permission: `protection.enroll`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        membershipIds: number[];
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                confirm: boolean;
                                edit: boolean;
                                submit: boolean;
                            };
                            citySubsidy: number;
                            confirmedOn: string | null;
                            coverageEnd: string;
                            coverageStart: string;
                            excluded: number;
                            id: number;
                            members: number;
                            orgId: number;
                            orgName: string;
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            premium: number;
                            regionId: number | null;
                            remainder: number;
                            remittanceId: number | null;
                            status: string;
                            submittedOn: string | null;
                            term: string;
                            totals: {
                                citySubsidy: number;
                                premium: number;
                                remainder: number;
                            };
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                            windows: {
                                confirm: {
                                    from: string;
                                    to: string;
                                };
                                source: string;
                                submit: {
                                    from: string;
                                    to: string;
                                };
                                voucherBy: string;
                            } | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/lists/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a list to the regional union (11/1–12/15)
         * @description Permission: `protection.enroll`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                confirm: boolean;
                                edit: boolean;
                                submit: boolean;
                            };
                            citySubsidy: number;
                            confirmedOn: string | null;
                            coverageEnd: string;
                            coverageStart: string;
                            excluded: number;
                            id: number;
                            members: number;
                            orgId: number;
                            orgName: string;
                            /** @enum {string} */
                            plan: "A" | "B" | "A+" | "B+";
                            planName: {
                                en: string;
                                zh: string;
                            };
                            policy: string;
                            premium: number;
                            regionId: number | null;
                            remainder: number;
                            remittanceId: number | null;
                            status: string;
                            submittedOn: string | null;
                            term: string;
                            totals: {
                                citySubsidy: number;
                                premium: number;
                                remainder: number;
                            };
                            /** @enum {string} */
                            unitCategory: "ordinary" | "special";
                            windows: {
                                confirm: {
                                    from: string;
                                    to: string;
                                };
                                source: string;
                                submit: {
                                    from: string;
                                    to: string;
                                };
                                voucherBy: string;
                            } | null;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/lists/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The lists of a year as .xlsx with the same filters and scope, in the page’s columns with each list’s totals (at most EXPORT_MAX_ROWS rows)
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query: {
                    orgId?: number;
                    status?: "building" | "draft" | "submitted" | "confirmed" | "remitted" | "reconciled";
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/remittances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Remittances (payment vouchers) of a year in my scope
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                declared: number;
                                documentId: number;
                                expected: number;
                                id: number;
                                late: boolean;
                                received: number | null;
                                reconciledOn: string | null;
                                regionId: number;
                                regionName: string | null;
                                status: string;
                                uploadedOn: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * The regional union uploads its payment voucher (amount = the confirmed lists' remainder)
         * @description Permission: `protection.confirm`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            declared: number;
                            documentId: number;
                            expected: number;
                            id: number;
                            late: boolean;
                            received: number | null;
                            reconciledOn: string | null;
                            regionId: number;
                            regionName: string | null;
                            status: string;
                            uploadedOn: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/remittances/{id}/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 市职保中心 checks the amount received against the premiums due
         * @description Permission: `protection.reconcile`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        received: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            declared: number;
                            documentId: number;
                            expected: number;
                            id: number;
                            late: boolean;
                            received: number | null;
                            reconciledOn: string | null;
                            regionId: number;
                            regionName: string | null;
                            status: string;
                            uploadedOn: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/remittances/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The remittances of a year as .xlsx with the same scope, in the page’s columns
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protection/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members covered, premiums and subsidies by plan, regional union and union (scoped)
         * @description Permission: `protection.read`
         */
        get: {
            parameters: {
                query: {
                    /** @description only this org and its subtree */
                    orgId?: number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byPlan: {
                                citySubsidy: number;
                                confirmed: number;
                                members: number;
                                /** @enum {string} */
                                plan: "A" | "B" | "A+" | "B+";
                                premium: number;
                                remainder: number;
                            }[];
                            byRegion: {
                                citySubsidy: number;
                                confirmed: number;
                                members: number;
                                premium: number;
                                regionId: number | null;
                                regionName: string | null;
                                remainder: number;
                            }[];
                            byUnion: {
                                citySubsidy: number;
                                confirmed: number;
                                members: number;
                                orgId: number;
                                orgName: string;
                                premium: number;
                                remainder: number;
                            }[];
                            /** @description flexible workers’ C/D covers of the year (002 “五送”, 001 项目7) */
                            flexible?: {
                                C: {
                                    members: number;
                                };
                                D: {
                                    checkups: number;
                                    members: number;
                                };
                            };
                            /** @description gig workers’ mutual protection (001 项目5) */
                            gig?: {
                                active: number;
                                byPlatform: {
                                    active: number;
                                    pending: number;
                                    platformId: number;
                                    platformName: string;
                                    premium: number;
                                }[];
                                /** @description the gig coverage year starting 1 April of `year` (001 互助保障计划 三) */
                                coverageYear: number;
                                pending: number;
                                /** @description yuan, covers in force */
                                premium: number;
                            };
                            total: {
                                citySubsidy: number;
                                confirmed: number;
                                members: number;
                                premium: number;
                                remainder: number;
                            };
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public, no login: a union’s published list for a year with status and progress */
        get: {
            parameters: {
                query: {
                    org?: "federation" | number;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedOn: string | null;
                            asOf: string;
                            documentNo: string | null;
                            meeting: string | null;
                            org: {
                                id: number;
                                name: string;
                            };
                            projects: {
                                category: string;
                                categoryName: {
                                    en: string;
                                    zh: string;
                                } | null;
                                no: number;
                                percent: number | null;
                                responsibleOrgName: string | null;
                                status: string;
                                suppressed: boolean;
                                targets: {
                                    actual: number | null;
                                    indicator: string;
                                    percent: number | null;
                                    planned: number;
                                    suppressed: boolean;
                                    unit: string;
                                }[];
                                title: string;
                            }[];
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public, no login: listed sites as a GeoJSON FeatureCollection (name, kind, district, address, status, plaque year), by kind and district */
        get: {
            parameters: {
                query?: {
                    district?: string;
                    kind?: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            districts: {
                                id: number;
                                name: string;
                            }[];
                            features: {
                                geometry: {
                                    coordinates: [
                                        number,
                                        number
                                    ];
                                    /** @enum {string} */
                                    type: "Point";
                                } | null;
                                id: number;
                                properties: {
                                    address: string;
                                    district: string | null;
                                    districtId: number | null;
                                    /** @enum {string} */
                                    kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                                    kindName: string;
                                    name: string;
                                    openingHours: string | null;
                                    plaqueYear: number | null;
                                    /** @enum {string} */
                                    status: "accepted" | "plaqued" | "yellow-card";
                                    statusName: string;
                                };
                                /** @enum {string} */
                                type: "Feature";
                            }[];
                            /** @enum {string} */
                            type: "FeatureCollection";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/slates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public, no login: which unions have published which years */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                orgId: number;
                                orgKind: string;
                                orgName: string;
                                years: number[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Platforms’ bills (结算单) for the gig workers’ mobile checkups: a platform sees its own, the provider and the federation theirs
         * @description Permission: `pools.read` or `pools.bills`
         */
        get: {
            parameters: {
                query?: {
                    /** @description the bills of one settlement */
                    settlementId?: number;
                    status?: "issued" | "disputed" | "confirmed" | "paid";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    /** @description the union side may reissue it or reject the dispute */
                                    answer: boolean;
                                    confirm: boolean;
                                    /** @description the platform may dispute it */
                                    dispute: boolean;
                                    pay: boolean;
                                };
                                /** @description perPerson × persons */
                                amount: number;
                                /** @description how the union side answered the last dispute */
                                answer: ("reissued" | "rejected") | null;
                                answeredAt: (string) | null;
                                answerReason: string | null;
                                /** @description the federation’s subsidy per person */
                                citySubsidy: number;
                                confirmedAt: (string) | null;
                                disputedAt: (string) | null;
                                /** @description the platform’s last dispute */
                                disputeReason: string | null;
                                endsOn: string;
                                /** @description every step of the bill, oldest first */
                                history: {
                                    /** @enum {string} */
                                    action: "issue" | "dispute" | "reissue" | "reject-dispute" | "confirm" | "pay";
                                    amount: number;
                                    at: string;
                                    persons: number;
                                    reason: string | null;
                                    revision: number;
                                }[];
                                id: number;
                                /** @description the day of the current revision */
                                issuedOn: string;
                                /** @description the served workers (only on GET /quota-bills/:id) */
                                lines: {
                                    memberNo: string;
                                    /** @description masked */
                                    name: string;
                                    orgName: string;
                                    row: number;
                                }[];
                                /** @description the printed bill number (PB000001) */
                                no: string;
                                offerId: number;
                                /** @description the union whose roster it is */
                                orgName: string;
                                paidOn: string | null;
                                paymentReference: string | null;
                                /** @description the platform’s share per person: price − subsidy */
                                perPerson: number;
                                persons: number;
                                platformName: string;
                                platformOrgId: number;
                                policy: string;
                                /** @description the package price per person (yuan) */
                                price: number;
                                program: string;
                                providerName: string;
                                providerOrgId: number;
                                /** @description 1, then + 1 at each correction */
                                revision: number;
                                rosterId: number;
                                settlementId: number;
                                site: string;
                                startsOn: string;
                                /** @enum {string} */
                                status: "issued" | "disputed" | "confirmed" | "paid";
                                title: string;
                                trace: unknown[];
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-bills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One bill with the served workers (names masked)
         * @description Permission: `pools.read` or `pools.bills`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                /** @description the union side may reissue it or reject the dispute */
                                answer: boolean;
                                confirm: boolean;
                                /** @description the platform may dispute it */
                                dispute: boolean;
                                pay: boolean;
                            };
                            /** @description perPerson × persons */
                            amount: number;
                            /** @description how the union side answered the last dispute */
                            answer: ("reissued" | "rejected") | null;
                            answeredAt: (string) | null;
                            answerReason: string | null;
                            /** @description the federation’s subsidy per person */
                            citySubsidy: number;
                            confirmedAt: (string) | null;
                            disputedAt: (string) | null;
                            /** @description the platform’s last dispute */
                            disputeReason: string | null;
                            endsOn: string;
                            /** @description every step of the bill, oldest first */
                            history: {
                                /** @enum {string} */
                                action: "issue" | "dispute" | "reissue" | "reject-dispute" | "confirm" | "pay";
                                amount: number;
                                at: string;
                                persons: number;
                                reason: string | null;
                                revision: number;
                            }[];
                            id: number;
                            /** @description the day of the current revision */
                            issuedOn: string;
                            /** @description the served workers (only on GET /quota-bills/:id) */
                            lines: {
                                memberNo: string;
                                /** @description masked */
                                name: string;
                                orgName: string;
                                row: number;
                            }[];
                            /** @description the printed bill number (PB000001) */
                            no: string;
                            offerId: number;
                            /** @description the union whose roster it is */
                            orgName: string;
                            paidOn: string | null;
                            paymentReference: string | null;
                            /** @description the platform’s share per person: price − subsidy */
                            perPerson: number;
                            persons: number;
                            platformName: string;
                            platformOrgId: number;
                            policy: string;
                            /** @description the package price per person (yuan) */
                            price: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number;
                            /** @description 1, then + 1 at each correction */
                            revision: number;
                            rosterId: number;
                            settlementId: number;
                            site: string;
                            startsOn: string;
                            /** @enum {string} */
                            status: "issued" | "disputed" | "confirmed" | "paid";
                            title: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-bills/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The platform’s officer confirms its bill
         * @description Permission: `pools.bills`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                /** @description the union side may reissue it or reject the dispute */
                                answer: boolean;
                                confirm: boolean;
                                /** @description the platform may dispute it */
                                dispute: boolean;
                                pay: boolean;
                            };
                            /** @description perPerson × persons */
                            amount: number;
                            /** @description how the union side answered the last dispute */
                            answer: ("reissued" | "rejected") | null;
                            answeredAt: (string) | null;
                            answerReason: string | null;
                            /** @description the federation’s subsidy per person */
                            citySubsidy: number;
                            confirmedAt: (string) | null;
                            disputedAt: (string) | null;
                            /** @description the platform’s last dispute */
                            disputeReason: string | null;
                            endsOn: string;
                            /** @description every step of the bill, oldest first */
                            history: {
                                /** @enum {string} */
                                action: "issue" | "dispute" | "reissue" | "reject-dispute" | "confirm" | "pay";
                                amount: number;
                                at: string;
                                persons: number;
                                reason: string | null;
                                revision: number;
                            }[];
                            id: number;
                            /** @description the day of the current revision */
                            issuedOn: string;
                            /** @description the served workers (only on GET /quota-bills/:id) */
                            lines: {
                                memberNo: string;
                                /** @description masked */
                                name: string;
                                orgName: string;
                                row: number;
                            }[];
                            /** @description the printed bill number (PB000001) */
                            no: string;
                            offerId: number;
                            /** @description the union whose roster it is */
                            orgName: string;
                            paidOn: string | null;
                            paymentReference: string | null;
                            /** @description the platform’s share per person: price − subsidy */
                            perPerson: number;
                            persons: number;
                            platformName: string;
                            platformOrgId: number;
                            policy: string;
                            /** @description the package price per person (yuan) */
                            price: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number;
                            /** @description 1, then + 1 at each correction */
                            revision: number;
                            rosterId: number;
                            settlementId: number;
                            site: string;
                            startsOn: string;
                            /** @enum {string} */
                            status: "issued" | "disputed" | "confirmed" | "paid";
                            title: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-bills/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The platform’s officer disputes an issued bill with its reason (the provider’s officers are told)
         * @description Permission: `pools.bills`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why the platform does not accept the bill (e.g. a worker it did not send) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                /** @description the union side may reissue it or reject the dispute */
                                answer: boolean;
                                confirm: boolean;
                                /** @description the platform may dispute it */
                                dispute: boolean;
                                pay: boolean;
                            };
                            /** @description perPerson × persons */
                            amount: number;
                            /** @description how the union side answered the last dispute */
                            answer: ("reissued" | "rejected") | null;
                            answeredAt: (string) | null;
                            answerReason: string | null;
                            /** @description the federation’s subsidy per person */
                            citySubsidy: number;
                            confirmedAt: (string) | null;
                            disputedAt: (string) | null;
                            /** @description the platform’s last dispute */
                            disputeReason: string | null;
                            endsOn: string;
                            /** @description every step of the bill, oldest first */
                            history: {
                                /** @enum {string} */
                                action: "issue" | "dispute" | "reissue" | "reject-dispute" | "confirm" | "pay";
                                amount: number;
                                at: string;
                                persons: number;
                                reason: string | null;
                                revision: number;
                            }[];
                            id: number;
                            /** @description the day of the current revision */
                            issuedOn: string;
                            /** @description the served workers (only on GET /quota-bills/:id) */
                            lines: {
                                memberNo: string;
                                /** @description masked */
                                name: string;
                                orgName: string;
                                row: number;
                            }[];
                            /** @description the printed bill number (PB000001) */
                            no: string;
                            offerId: number;
                            /** @description the union whose roster it is */
                            orgName: string;
                            paidOn: string | null;
                            paymentReference: string | null;
                            /** @description the platform’s share per person: price − subsidy */
                            perPerson: number;
                            persons: number;
                            platformName: string;
                            platformOrgId: number;
                            policy: string;
                            /** @description the package price per person (yuan) */
                            price: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number;
                            /** @description 1, then + 1 at each correction */
                            revision: number;
                            rosterId: number;
                            settlementId: number;
                            site: string;
                            startsOn: string;
                            /** @enum {string} */
                            status: "issued" | "disputed" | "confirmed" | "paid";
                            title: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-bills/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The provider that receives it (or the federation) records the platform’s payment of a confirmed bill, with its reference; once
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        paidOn?: string;
                        /** @description the bank transfer’s reference */
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                /** @description the union side may reissue it or reject the dispute */
                                answer: boolean;
                                confirm: boolean;
                                /** @description the platform may dispute it */
                                dispute: boolean;
                                pay: boolean;
                            };
                            /** @description perPerson × persons */
                            amount: number;
                            /** @description how the union side answered the last dispute */
                            answer: ("reissued" | "rejected") | null;
                            answeredAt: (string) | null;
                            answerReason: string | null;
                            /** @description the federation’s subsidy per person */
                            citySubsidy: number;
                            confirmedAt: (string) | null;
                            disputedAt: (string) | null;
                            /** @description the platform’s last dispute */
                            disputeReason: string | null;
                            endsOn: string;
                            /** @description every step of the bill, oldest first */
                            history: {
                                /** @enum {string} */
                                action: "issue" | "dispute" | "reissue" | "reject-dispute" | "confirm" | "pay";
                                amount: number;
                                at: string;
                                persons: number;
                                reason: string | null;
                                revision: number;
                            }[];
                            id: number;
                            /** @description the day of the current revision */
                            issuedOn: string;
                            /** @description the served workers (only on GET /quota-bills/:id) */
                            lines: {
                                memberNo: string;
                                /** @description masked */
                                name: string;
                                orgName: string;
                                row: number;
                            }[];
                            /** @description the printed bill number (PB000001) */
                            no: string;
                            offerId: number;
                            /** @description the union whose roster it is */
                            orgName: string;
                            paidOn: string | null;
                            paymentReference: string | null;
                            /** @description the platform’s share per person: price − subsidy */
                            perPerson: number;
                            persons: number;
                            platformName: string;
                            platformOrgId: number;
                            policy: string;
                            /** @description the package price per person (yuan) */
                            price: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number;
                            /** @description 1, then + 1 at each correction */
                            revision: number;
                            rosterId: number;
                            settlementId: number;
                            site: string;
                            startsOn: string;
                            /** @enum {string} */
                            status: "issued" | "disputed" | "confirmed" | "paid";
                            title: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-bills/{id}/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The provider that issued it (or the federation) corrects a disputed bill — the lines kept — and issues it again as the next revision, the engine’s amount
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the member numbers kept on the bill: a subset of its lines (a correction drops lines) */
                        members: string[];
                        /** @description what was corrected */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                /** @description the union side may reissue it or reject the dispute */
                                answer: boolean;
                                confirm: boolean;
                                /** @description the platform may dispute it */
                                dispute: boolean;
                                pay: boolean;
                            };
                            /** @description perPerson × persons */
                            amount: number;
                            /** @description how the union side answered the last dispute */
                            answer: ("reissued" | "rejected") | null;
                            answeredAt: (string) | null;
                            answerReason: string | null;
                            /** @description the federation’s subsidy per person */
                            citySubsidy: number;
                            confirmedAt: (string) | null;
                            disputedAt: (string) | null;
                            /** @description the platform’s last dispute */
                            disputeReason: string | null;
                            endsOn: string;
                            /** @description every step of the bill, oldest first */
                            history: {
                                /** @enum {string} */
                                action: "issue" | "dispute" | "reissue" | "reject-dispute" | "confirm" | "pay";
                                amount: number;
                                at: string;
                                persons: number;
                                reason: string | null;
                                revision: number;
                            }[];
                            id: number;
                            /** @description the day of the current revision */
                            issuedOn: string;
                            /** @description the served workers (only on GET /quota-bills/:id) */
                            lines: {
                                memberNo: string;
                                /** @description masked */
                                name: string;
                                orgName: string;
                                row: number;
                            }[];
                            /** @description the printed bill number (PB000001) */
                            no: string;
                            offerId: number;
                            /** @description the union whose roster it is */
                            orgName: string;
                            paidOn: string | null;
                            paymentReference: string | null;
                            /** @description the platform’s share per person: price − subsidy */
                            perPerson: number;
                            persons: number;
                            platformName: string;
                            platformOrgId: number;
                            policy: string;
                            /** @description the package price per person (yuan) */
                            price: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number;
                            /** @description 1, then + 1 at each correction */
                            revision: number;
                            rosterId: number;
                            settlementId: number;
                            site: string;
                            startsOn: string;
                            /** @enum {string} */
                            status: "issued" | "disputed" | "confirmed" | "paid";
                            title: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-bills/{id}/reject-dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The provider that issued it (or the federation) rejects the dispute with its reason: the bill stands and waits for the platform again
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why the bill stands as issued */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                /** @description the union side may reissue it or reject the dispute */
                                answer: boolean;
                                confirm: boolean;
                                /** @description the platform may dispute it */
                                dispute: boolean;
                                pay: boolean;
                            };
                            /** @description perPerson × persons */
                            amount: number;
                            /** @description how the union side answered the last dispute */
                            answer: ("reissued" | "rejected") | null;
                            answeredAt: (string) | null;
                            answerReason: string | null;
                            /** @description the federation’s subsidy per person */
                            citySubsidy: number;
                            confirmedAt: (string) | null;
                            disputedAt: (string) | null;
                            /** @description the platform’s last dispute */
                            disputeReason: string | null;
                            endsOn: string;
                            /** @description every step of the bill, oldest first */
                            history: {
                                /** @enum {string} */
                                action: "issue" | "dispute" | "reissue" | "reject-dispute" | "confirm" | "pay";
                                amount: number;
                                at: string;
                                persons: number;
                                reason: string | null;
                                revision: number;
                            }[];
                            id: number;
                            /** @description the day of the current revision */
                            issuedOn: string;
                            /** @description the served workers (only on GET /quota-bills/:id) */
                            lines: {
                                memberNo: string;
                                /** @description masked */
                                name: string;
                                orgName: string;
                                row: number;
                            }[];
                            /** @description the printed bill number (PB000001) */
                            no: string;
                            offerId: number;
                            /** @description the union whose roster it is */
                            orgName: string;
                            paidOn: string | null;
                            paymentReference: string | null;
                            /** @description the platform’s share per person: price − subsidy */
                            perPerson: number;
                            persons: number;
                            platformName: string;
                            platformOrgId: number;
                            policy: string;
                            /** @description the package price per person (yuan) */
                            price: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number;
                            /** @description 1, then + 1 at each correction */
                            revision: number;
                            rosterId: number;
                            settlementId: number;
                            site: string;
                            startsOn: string;
                            /** @enum {string} */
                            status: "issued" | "disputed" | "confirmed" | "paid";
                            title: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-bills/{id}/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The bill as .xlsx with its roster lines (names masked)
         * @description Permission: `pools.read` or `pools.bills`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-bills/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The bills list as .xlsx with the same filters and scope, in the tab’s columns
         * @description Permission: `pools.read` or `pools.bills`
         */
        get: {
            parameters: {
                query?: {
                    /** @description the bills of one settlement */
                    settlementId?: number;
                    status?: "issued" | "disputed" | "confirmed" | "paid";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The offer of a program year: plans and sites with price, subsidies, who pays the rest, months, provider and capacity
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: {
                    program?: "group-sanatorium" | "frontline-sanatorium" | "health-checkup" | "two-disease-screening" | "gig-mobile-checkup";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    edit: boolean;
                                };
                                agencyName: string;
                                agencyOrgId: number;
                                capacity: number;
                                citySubsidy: number;
                                code: string;
                                contacts: {
                                    name: string;
                                    org?: string;
                                    phone?: string;
                                }[];
                                days: number | null;
                                granted: number;
                                id: number;
                                /** @enum {string} */
                                mode: "request" | "allocation" | "first-come";
                                months: number[];
                                nights: number | null;
                                otherSubsidy: number;
                                otherSubsidyBy: string | null;
                                policy: string;
                                price: number;
                                program: string;
                                providerName: string;
                                providerOrgId: number | null;
                                remainder: number;
                                remainderBy: string;
                                site: string;
                                title: string;
                                trace: unknown[];
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a plan to the offer (the running agency): price and subsidies from the policy engine
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        capacity: number;
                        /** @description the plan code as printed (A–F, L1–L6, group-1…, renewal-1…, morning/afternoon; a free code for frontline trips) */
                        code: string;
                        /** @default [] */
                        contacts?: {
                            name: string;
                            org?: string;
                            phone?: string;
                        }[];
                        /** @description frontline trips: the trip cost per person (yuan) */
                        costPerPerson?: number;
                        days?: number;
                        /**
                         * @description how places are given; default from 000 四 (沙家浜/西山/黄山 by request, the others allocated)
                         * @enum {string}
                         */
                        mode?: "request" | "allocation" | "first-come";
                        nights?: number;
                        /** @enum {string} */
                        program: "group-sanatorium" | "frontline-sanatorium" | "health-checkup" | "two-disease-screening" | "gig-mobile-checkup";
                        providerName?: string;
                        /** @description the provider (承办单位) paid on settlement; default the agency running the program */
                        providerOrgId?: number;
                        /** @description only for frontline trips: the destination */
                        site?: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            agencyName: string;
                            agencyOrgId: number;
                            capacity: number;
                            citySubsidy: number;
                            code: string;
                            contacts: {
                                name: string;
                                org?: string;
                                phone?: string;
                            }[];
                            days: number | null;
                            granted: number;
                            id: number;
                            /** @enum {string} */
                            mode: "request" | "allocation" | "first-come";
                            months: number[];
                            nights: number | null;
                            otherSubsidy: number;
                            otherSubsidyBy: string | null;
                            policy: string;
                            price: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number | null;
                            remainder: number;
                            remainderBy: string;
                            site: string;
                            title: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One plan of the offer
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            agencyName: string;
                            agencyOrgId: number;
                            capacity: number;
                            citySubsidy: number;
                            code: string;
                            contacts: {
                                name: string;
                                org?: string;
                                phone?: string;
                            }[];
                            days: number | null;
                            granted: number;
                            id: number;
                            /** @enum {string} */
                            mode: "request" | "allocation" | "first-come";
                            months: number[];
                            nights: number | null;
                            otherSubsidy: number;
                            otherSubsidyBy: string | null;
                            policy: string;
                            price: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number | null;
                            remainder: number;
                            remainderBy: string;
                            site: string;
                            title: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit capacity, provider and contacts of a plan (the agency running it)
         * @description Permission: `pools.manage`
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        capacity?: number;
                        contacts?: {
                            name: string;
                            org?: string;
                            phone?: string;
                        }[];
                        /** @enum {string} */
                        mode?: "request" | "allocation" | "first-come";
                        providerName?: string;
                        providerOrgId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            agencyName: string;
                            agencyOrgId: number;
                            capacity: number;
                            citySubsidy: number;
                            code: string;
                            contacts: {
                                name: string;
                                org?: string;
                                phone?: string;
                            }[];
                            days: number | null;
                            granted: number;
                            id: number;
                            /** @enum {string} */
                            mode: "request" | "allocation" | "first-come";
                            months: number[];
                            nights: number | null;
                            otherSubsidy: number;
                            otherSubsidyBy: string | null;
                            policy: string;
                            price: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number | null;
                            remainder: number;
                            remainderBy: string;
                            site: string;
                            title: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/quota-offers/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The offer list as .xlsx with the same filters, in the page’s columns
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: {
                    program?: "group-sanatorium" | "frontline-sanatorium" | "health-checkup" | "two-disease-screening" | "gig-mobile-checkup";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Request summaries (申报汇总表) of the districts in my subtree
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: {
                    program?: "group-sanatorium" | "frontline-sanatorium" | "health-checkup" | "two-disease-screening" | "gig-mobile-checkup";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deadline: string | null;
                            items: {
                                abilities: {
                                    grant: boolean;
                                };
                                deadline: string;
                                granted: number | null;
                                grantedOn: string | null;
                                id: number;
                                orgId: number;
                                orgName: string;
                                program: string;
                                requested: number;
                                rows: {
                                    code: string;
                                    granted: number | null;
                                    grantId: number | null;
                                    offerId: number;
                                    requested: number;
                                    row: number;
                                    title: string;
                                }[];
                                /** @enum {string} */
                                status: "submitted" | "granted";
                                submittedOn: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Send a district’s request summary (by 12/15 of the year before, 000 六(一)1)
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the district sending it; default the caller’s union */
                        orgId?: number;
                        /** @enum {string} */
                        program: "group-sanatorium" | "frontline-sanatorium" | "health-checkup" | "two-disease-screening" | "gig-mobile-checkup";
                        rows: {
                            offerId: number;
                            places: number;
                        }[];
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                grant: boolean;
                            };
                            deadline: string;
                            granted: number | null;
                            grantedOn: string | null;
                            id: number;
                            orgId: number;
                            orgName: string;
                            program: string;
                            requested: number;
                            rows: {
                                code: string;
                                granted: number | null;
                                grantId: number | null;
                                offerId: number;
                                requested: number;
                                row: number;
                                title: string;
                            }[];
                            /** @enum {string} */
                            status: "submitted" | "granted";
                            submittedOn: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One request summary
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                grant: boolean;
                            };
                            deadline: string;
                            granted: number | null;
                            grantedOn: string | null;
                            id: number;
                            orgId: number;
                            orgName: string;
                            program: string;
                            requested: number;
                            rows: {
                                code: string;
                                granted: number | null;
                                grantId: number | null;
                                offerId: number;
                                requested: number;
                                row: number;
                                title: string;
                            }[];
                            /** @enum {string} */
                            status: "submitted" | "granted";
                            submittedOn: string;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-requests/{id}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The federation grants places from a request, row by row (creates place grants); over-allocation refused naming the row
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rows: {
                            places: number;
                            row: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                grant: boolean;
                            };
                            deadline: string;
                            granted: number | null;
                            grantedOn: string | null;
                            id: number;
                            orgId: number;
                            orgName: string;
                            program: string;
                            requested: number;
                            rows: {
                                code: string;
                                granted: number | null;
                                grantId: number | null;
                                offerId: number;
                                requested: number;
                                row: number;
                                title: string;
                            }[];
                            /** @enum {string} */
                            status: "submitted" | "granted";
                            submittedOn: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-requests/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request summaries as .xlsx with the same filters and scope, in the page’s columns
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: {
                    program?: "group-sanatorium" | "frontline-sanatorium" | "health-checkup" | "two-disease-screening" | "gig-mobile-checkup";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Providers’ settlements of rosters in my subtree (or of my union as provider)
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    finance: boolean;
                                    pay: boolean;
                                    rights: boolean;
                                };
                                amount: number;
                                financeAt: (string) | null;
                                id: number;
                                orgName: string;
                                paidOn: string | null;
                                payeeAccount: string | null;
                                paymentReference: string | null;
                                period: ("H1" | "H2") | null;
                                persons: number;
                                program: string;
                                providerName: string;
                                providerOrgId: number;
                                rightsAt: (string) | null;
                                /** @description null for a half-year settlement (see rosters) */
                                rosterId: number | null;
                                /** @description the rosters of a half-year settlement */
                                rosters: {
                                    endsOn: string;
                                    id: number;
                                    orgName: string;
                                    persons: number;
                                    startsOn: string;
                                    title: string;
                                }[];
                                rosterTitle: string;
                                satisfaction: {
                                    responses: number;
                                    satisfied: number;
                                };
                                /** @enum {string} */
                                status: "submitted" | "rights-approved" | "finance-approved" | "paid";
                                submittedOn: string;
                                trace: unknown[];
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * The provider’s claim for a roster (补贴申请表 + 名册 + 满意度): checked against the roster and the engine’s amount
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 补贴申请表: the subsidy claimed (yuan) */
                        amount: number;
                        /** @description 名册: the member numbers the provider served */
                        members: string[];
                        /** @description 补贴申请表: the number of persons the provider claims for */
                        persons: number;
                        rosterId: number;
                        /** @description 满意度测评表: forms returned, of which satisfied */
                        satisfaction: {
                            responses: number;
                            satisfied: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                finance: boolean;
                                pay: boolean;
                                rights: boolean;
                            };
                            amount: number;
                            financeAt: (string) | null;
                            id: number;
                            orgName: string;
                            paidOn: string | null;
                            payeeAccount: string | null;
                            paymentReference: string | null;
                            period: ("H1" | "H2") | null;
                            persons: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number;
                            rightsAt: (string) | null;
                            /** @description null for a half-year settlement (see rosters) */
                            rosterId: number | null;
                            /** @description the rosters of a half-year settlement */
                            rosters: {
                                endsOn: string;
                                id: number;
                                orgName: string;
                                persons: number;
                                startsOn: string;
                                title: string;
                            }[];
                            rosterTitle: string;
                            satisfaction: {
                                responses: number;
                                satisfied: number;
                            };
                            /** @enum {string} */
                            status: "submitted" | "rights-approved" | "finance-approved" | "paid";
                            submittedOn: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-settlements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One settlement
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                finance: boolean;
                                pay: boolean;
                                rights: boolean;
                            };
                            amount: number;
                            financeAt: (string) | null;
                            id: number;
                            orgName: string;
                            paidOn: string | null;
                            payeeAccount: string | null;
                            paymentReference: string | null;
                            period: ("H1" | "H2") | null;
                            persons: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number;
                            rightsAt: (string) | null;
                            /** @description null for a half-year settlement (see rosters) */
                            rosterId: number | null;
                            /** @description the rosters of a half-year settlement */
                            rosters: {
                                endsOn: string;
                                id: number;
                                orgName: string;
                                persons: number;
                                startsOn: string;
                                title: string;
                            }[];
                            rosterTitle: string;
                            satisfaction: {
                                responses: number;
                                satisfied: number;
                            };
                            /** @enum {string} */
                            status: "submitted" | "rights-approved" | "finance-approved" | "paid";
                            submittedOn: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-settlements/{id}/finance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The finance department’s review (second, another person)
         * @description Permission: `payouts.approve-finance`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                finance: boolean;
                                pay: boolean;
                                rights: boolean;
                            };
                            amount: number;
                            financeAt: (string) | null;
                            id: number;
                            orgName: string;
                            paidOn: string | null;
                            payeeAccount: string | null;
                            paymentReference: string | null;
                            period: ("H1" | "H2") | null;
                            persons: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number;
                            rightsAt: (string) | null;
                            /** @description null for a half-year settlement (see rosters) */
                            rosterId: number | null;
                            /** @description the rosters of a half-year settlement */
                            rosters: {
                                endsOn: string;
                                id: number;
                                orgName: string;
                                persons: number;
                                startsOn: string;
                                title: string;
                            }[];
                            rosterTitle: string;
                            satisfaction: {
                                responses: number;
                                satisfied: number;
                            };
                            /** @enum {string} */
                            status: "submitted" | "rights-approved" | "finance-approved" | "paid";
                            submittedOn: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-settlements/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay a reviewed settlement to the provider’s verified payee account
         * @description Permission: `payouts.prepare`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        paidOn?: string;
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                finance: boolean;
                                pay: boolean;
                                rights: boolean;
                            };
                            amount: number;
                            financeAt: (string) | null;
                            id: number;
                            orgName: string;
                            paidOn: string | null;
                            payeeAccount: string | null;
                            paymentReference: string | null;
                            period: ("H1" | "H2") | null;
                            persons: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number;
                            rightsAt: (string) | null;
                            /** @description null for a half-year settlement (see rosters) */
                            rosterId: number | null;
                            /** @description the rosters of a half-year settlement */
                            rosters: {
                                endsOn: string;
                                id: number;
                                orgName: string;
                                persons: number;
                                startsOn: string;
                                title: string;
                            }[];
                            rosterTitle: string;
                            satisfaction: {
                                responses: number;
                                satisfied: number;
                            };
                            /** @enum {string} */
                            status: "submitted" | "rights-approved" | "finance-approved" | "paid";
                            submittedOn: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-settlements/{id}/rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The rights department’s review (first)
         * @description Permission: `payouts.approve-rights`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                finance: boolean;
                                pay: boolean;
                                rights: boolean;
                            };
                            amount: number;
                            financeAt: (string) | null;
                            id: number;
                            orgName: string;
                            paidOn: string | null;
                            payeeAccount: string | null;
                            paymentReference: string | null;
                            period: ("H1" | "H2") | null;
                            persons: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number;
                            rightsAt: (string) | null;
                            /** @description null for a half-year settlement (see rosters) */
                            rosterId: number | null;
                            /** @description the rosters of a half-year settlement */
                            rosters: {
                                endsOn: string;
                                id: number;
                                orgName: string;
                                persons: number;
                                startsOn: string;
                                title: string;
                            }[];
                            rosterTitle: string;
                            satisfaction: {
                                responses: number;
                                satisfied: number;
                            };
                            /** @enum {string} */
                            status: "submitted" | "rights-approved" | "finance-approved" | "paid";
                            submittedOn: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-settlements/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The settlements list as .xlsx with the same scope, in the page’s columns
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quota-settlements/half-year": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview a district’s half-year claim for its frontline trips (001 项目3 三(五): 先行垫付，每半年结算一次): the unsettled submitted rosters of the half and the engine’s 600 yuan a person
         * @description Permission: `pools.manage`
         */
        get: {
            parameters: {
                query: {
                    /** @description the district or industry union (defaults to my own) */
                    orgId?: number;
                    /** @description H1 = 1 January–30 June, H2 = 1 July–31 December (by the trip’s last day) */
                    period: "H1" | "H2";
                    program?: "frontline-sanatorium";
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number;
                            from: string;
                            orgId: number;
                            orgName: string;
                            persons: number;
                            rosters: {
                                amount: number;
                                endsOn: string;
                                id: number;
                                orgName: string;
                                perPerson: number;
                                persons: number;
                                startsOn: string;
                                title: string;
                            }[];
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * File the district’s half-year claim: all its unsettled rosters of the half in one settlement, reviewed by rights then finance and paid to the district’s account
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the subsidy claimed (yuan): must be the preview’s */
                        amount: number;
                        /** @description the district or industry union (defaults to my own) */
                        orgId?: number;
                        /**
                         * @description H1 = 1 January–30 June, H2 = 1 July–31 December (by the trip’s last day)
                         * @enum {string}
                         */
                        period: "H1" | "H2";
                        /**
                         * @default frontline-sanatorium
                         * @enum {string}
                         */
                        program?: "frontline-sanatorium";
                        /** @description 满意度测评: forms returned, of which satisfied (001 项目3 四(三)) */
                        satisfaction: {
                            responses: number;
                            satisfied: number;
                        };
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                finance: boolean;
                                pay: boolean;
                                rights: boolean;
                            };
                            amount: number;
                            financeAt: (string) | null;
                            id: number;
                            orgName: string;
                            paidOn: string | null;
                            payeeAccount: string | null;
                            paymentReference: string | null;
                            period: ("H1" | "H2") | null;
                            persons: number;
                            program: string;
                            providerName: string;
                            providerOrgId: number;
                            rightsAt: (string) | null;
                            /** @description null for a half-year settlement (see rosters) */
                            rosterId: number | null;
                            /** @description the rosters of a half-year settlement */
                            rosters: {
                                endsOn: string;
                                id: number;
                                orgName: string;
                                persons: number;
                                startsOn: string;
                                title: string;
                            }[];
                            rosterTitle: string;
                            satisfaction: {
                                responses: number;
                                satisfied: number;
                            };
                            /** @enum {string} */
                            status: "submitted" | "rights-approved" | "finance-approved" | "paid";
                            submittedOn: string;
                            trace: unknown[];
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One progress report
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                resubmit: boolean;
                                review: boolean;
                            };
                            dueOn: string;
                            id: number;
                            lines: {
                                enterprise: string;
                                lineNo: number;
                                note: string | null;
                                ownership: string | null;
                                personDays: number;
                                staff: string | null;
                                subsidyYuan: number | null;
                            }[];
                            narrative: string;
                            orgId: number;
                            orgName: string;
                            period: string;
                            periodLabel: {
                                en: string;
                                zh: string;
                            };
                            projectId: number;
                            reviewedAt: (string) | null;
                            reviewedBy: string | null;
                            reviewReason: string | null;
                            revision: number;
                            status: string;
                            submittedAt: (string) | null;
                            submittedBy: string | null;
                            subsidyYuan: number | null;
                            values: {
                                achieved: number;
                                indicator: string;
                                targetId: number;
                                unit: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The level above accepts a report
         * @description Permission: `progress.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                resubmit: boolean;
                                review: boolean;
                            };
                            dueOn: string;
                            id: number;
                            lines: {
                                enterprise: string;
                                lineNo: number;
                                note: string | null;
                                ownership: string | null;
                                personDays: number;
                                staff: string | null;
                                subsidyYuan: number | null;
                            }[];
                            narrative: string;
                            orgId: number;
                            orgName: string;
                            period: string;
                            periodLabel: {
                                en: string;
                                zh: string;
                            };
                            projectId: number;
                            reviewedAt: (string) | null;
                            reviewedBy: string | null;
                            reviewReason: string | null;
                            revision: number;
                            status: string;
                            submittedAt: (string) | null;
                            submittedBy: string | null;
                            subsidyYuan: number | null;
                            values: {
                                achieved: number;
                                indicator: string;
                                targetId: number;
                                unit: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The level above returns a report with a reason
         * @description Permission: `progress.review`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                resubmit: boolean;
                                review: boolean;
                            };
                            dueOn: string;
                            id: number;
                            lines: {
                                enterprise: string;
                                lineNo: number;
                                note: string | null;
                                ownership: string | null;
                                personDays: number;
                                staff: string | null;
                                subsidyYuan: number | null;
                            }[];
                            narrative: string;
                            orgId: number;
                            orgName: string;
                            period: string;
                            periodLabel: {
                                en: string;
                                zh: string;
                            };
                            projectId: number;
                            reviewedAt: (string) | null;
                            reviewedBy: string | null;
                            reviewReason: string | null;
                            revision: number;
                            status: string;
                            submittedAt: (string) | null;
                            submittedBy: string | null;
                            subsidyYuan: number | null;
                            values: {
                                achieved: number;
                                indicator: string;
                                targetId: number;
                                unit: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per program and regional union: applications by status, amounts approved and paid, overdue reviews
         * @description Permission: `applications.read`
         */
        get: {
            parameters: {
                query?: {
                    programId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            items: {
                                approvedAmount: number;
                                byStatus: {
                                    approved: number;
                                    "in-review": number;
                                    rejected: number;
                                    returned: number;
                                    withdrawn: number;
                                };
                                overdue: number;
                                paidAmount: number;
                                program: string;
                                programId: number;
                                region: {
                                    id: number;
                                    name: string | null;
                                } | null;
                                title: string;
                                total: number;
                                year: number;
                            }[];
                            totals: {
                                approvedAmount: number;
                                overdue: number;
                                paidAmount: number;
                                total: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/card-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The card-work index per union (累计办卡率、参保率、使用率、激活率, 000 卡卡 一), as JSON or .xlsx
         * @description Permission: `members.read`
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "xlsx";
                    /** @description the union whose children are compared (default: mine) */
                    orgId?: number;
                    /** @description default: this year */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the report, or the .xlsx when format=xlsx */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            definitions: {
                                activationRate: {
                                    en: string;
                                    zh: string;
                                };
                                cardRate: {
                                    en: string;
                                    zh: string;
                                };
                                coverRate: {
                                    en: string;
                                    zh: string;
                                };
                                source: string;
                                useRate: {
                                    en: string;
                                    zh: string;
                                };
                            };
                            org: {
                                id: number;
                                name: string;
                            };
                            rows: {
                                activationRate: number | null;
                                active: number;
                                cardRate: number | null;
                                covered: number;
                                coverRate: number | null;
                                holders: number;
                                members: number;
                                orgId: number;
                                orgName: string;
                                useRate: number | null;
                                users: number;
                            }[];
                            total: {
                                activationRate: number | null;
                                active: number;
                                cardRate: number | null;
                                covered: number;
                                coverRate: number | null;
                                holders: number;
                                members: number;
                                orgId: number;
                                orgName: string;
                                useRate: number | null;
                                users: number;
                            };
                            year: number;
                        } | unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rosters (名册) of unions in my subtree
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: {
                    program?: "group-sanatorium" | "frontline-sanatorium" | "health-checkup" | "two-disease-screening" | "gig-mobile-checkup";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    edit: boolean;
                                    /** @description I may file the provider’s claim for this submitted roster */
                                    settle: boolean;
                                    submit: boolean;
                                };
                                code: string;
                                endsOn: string;
                                grantId: number;
                                id: number;
                                offerId: number;
                                orgId: number;
                                orgName: string;
                                persons: number;
                                placesLeft: number;
                                program: string;
                                providerName: string;
                                /** @description the provider of the plan, who files the claim */
                                providerOrgId: number | null;
                                settlementId: number | null;
                                startsOn: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "settled";
                                title: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Draw up a roster on a grant my union holds (members checked row by row)
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endsOn: string;
                        /** @description the grant of the union whose places the roster uses */
                        grantId: number;
                        /** @default [] */
                        members?: string[];
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                /** @description I may file the provider’s claim for this submitted roster */
                                settle: boolean;
                                submit: boolean;
                            };
                            code: string;
                            endsOn: string;
                            entries: {
                                memberNo: string;
                                name: string;
                                orgName: string;
                                row: number;
                            }[];
                            grantId: number;
                            id: number;
                            offerId: number;
                            orgId: number;
                            orgName: string;
                            persons: number;
                            placesLeft: number;
                            program: string;
                            providerName: string;
                            /** @description the provider of the plan, who files the claim */
                            providerOrgId: number | null;
                            settlementId: number | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "settled";
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One roster with its members (names masked)
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                /** @description I may file the provider’s claim for this submitted roster */
                                settle: boolean;
                                submit: boolean;
                            };
                            code: string;
                            endsOn: string;
                            entries: {
                                memberNo: string;
                                name: string;
                                orgName: string;
                                row: number;
                            }[];
                            grantId: number;
                            id: number;
                            offerId: number;
                            orgId: number;
                            orgName: string;
                            persons: number;
                            placesLeft: number;
                            program: string;
                            providerName: string;
                            /** @description the provider of the plan, who files the claim */
                            providerOrgId: number | null;
                            settlementId: number | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "settled";
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add members by member number: all rows or none, every wrong row named
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        members: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            roster: {
                                abilities: {
                                    edit: boolean;
                                    /** @description I may file the provider’s claim for this submitted roster */
                                    settle: boolean;
                                    submit: boolean;
                                };
                                code: string;
                                endsOn: string;
                                entries: {
                                    memberNo: string;
                                    name: string;
                                    orgName: string;
                                    row: number;
                                }[];
                                grantId: number;
                                id: number;
                                offerId: number;
                                orgId: number;
                                orgName: string;
                                persons: number;
                                placesLeft: number;
                                program: string;
                                providerName: string;
                                /** @description the provider of the plan, who files the claim */
                                providerOrgId: number | null;
                                settlementId: number | null;
                                startsOn: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "settled";
                                title: string;
                                year: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The roster as .xlsx (名册)
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        /**
         * Import members from a filled 名册 (.xlsx, column 会员编号): all rows or none
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            roster: {
                                abilities: {
                                    edit: boolean;
                                    /** @description I may file the provider’s claim for this submitted roster */
                                    settle: boolean;
                                    submit: boolean;
                                };
                                code: string;
                                endsOn: string;
                                entries: {
                                    memberNo: string;
                                    name: string;
                                    orgName: string;
                                    row: number;
                                }[];
                                grantId: number;
                                id: number;
                                offerId: number;
                                orgId: number;
                                orgName: string;
                                persons: number;
                                placesLeft: number;
                                program: string;
                                providerName: string;
                                /** @description the provider of the plan, who files the claim */
                                providerOrgId: number | null;
                                settlementId: number | null;
                                startsOn: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "settled";
                                title: string;
                                year: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the roster (to the provider, for the trip or checkup)
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                /** @description I may file the provider’s claim for this submitted roster */
                                settle: boolean;
                                submit: boolean;
                            };
                            code: string;
                            endsOn: string;
                            entries: {
                                memberNo: string;
                                name: string;
                                orgName: string;
                                row: number;
                            }[];
                            grantId: number;
                            id: number;
                            offerId: number;
                            orgId: number;
                            orgName: string;
                            persons: number;
                            placesLeft: number;
                            program: string;
                            providerName: string;
                            /** @description the provider of the plan, who files the claim */
                            providerOrgId: number | null;
                            settlementId: number | null;
                            startsOn: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "settled";
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rosters list as .xlsx with the same filters and scope, in the page’s columns (not the members: see /rosters/:id/sheet)
         * @description Permission: `pools.read`
         */
        get: {
            parameters: {
                query?: {
                    program?: "group-sanatorium" | "frontline-sanatorium" | "health-checkup" | "two-disease-screening" | "gig-mobile-checkup";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/reminders/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the SMS reminders now to the members of submitted rosters starting within three days, once per roster (the daily job does this at 09:00; the federation administrator only)
         * @description Permission: `pools.manage`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            on: string;
                            rosters: number;
                            sent: number;
                            withoutMobile: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The site register of my subtree: nursing rooms, childcare studios, health points, fitness stations, driver homes, canteens, culture teams
         * @description Permission: `sites.read`
         */
        get: {
            parameters: {
                query?: {
                    fundedYear?: number;
                    kind?: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                    page?: number;
                    pageSize?: number;
                    plaqueYear?: number;
                    q?: string;
                    regionOrgId?: number;
                    status?: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string;
                                applicationId: number | null;
                                fundedYear: number | null;
                                id: number;
                                /** @enum {string} */
                                kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                                kindName: {
                                    en: string;
                                    zh: string;
                                };
                                lat: number | null;
                                lon: number | null;
                                name: string;
                                no: string;
                                org: {
                                    id: number;
                                    name: string;
                                };
                                plaqueYear: number | null;
                                programInstanceId: number | null;
                                region: {
                                    id: number;
                                    name: string;
                                } | null;
                                sizeM2: number | null;
                                /** @enum {string} */
                                status: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                                statusName: {
                                    en: string;
                                    zh: string;
                                };
                                subkind: string | null;
                                yellowDeadline: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a site of my union or one below it (photos: ids of my JPEG/PNG uploads)
         * @description Permission: `sites.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: string;
                        /** @default [] */
                        contacts?: {
                            name: string;
                            phone: string;
                            role: string;
                        }[];
                        details?: {
                            [key: string]: unknown;
                        };
                        fundedYear?: number;
                        /** @enum {string} */
                        kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                        /** @description WGS-84 latitude (Shanghai: 30.6–31.9) */
                        lat?: number;
                        /** @description WGS-84 longitude (Shanghai: 120.8–122.2) */
                        lon?: number;
                        name: string;
                        openingHours?: string;
                        orgId?: number;
                        /** @default [] */
                        photoIds?: number[];
                        sizeM2?: number;
                        subkind?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                close: boolean;
                                edit: boolean;
                                inspect: boolean;
                                lift: boolean;
                                plaque: boolean;
                                redCard: boolean;
                                yellowCard: boolean;
                            };
                            address: string;
                            application: {
                                amount: number;
                                booked: number;
                                evaluation: unknown;
                                id: number;
                                no: string;
                                paid: number;
                                status: string;
                                stepLevel: string | null;
                            } | null;
                            applicationId: number | null;
                            contacts: {
                                name: string;
                                phone: string;
                                role: string;
                            }[];
                            details: {
                                [key: string]: unknown;
                            };
                            events: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                fromStatus: string | null;
                                id: number;
                                notice: {
                                    [key: string]: unknown;
                                } | null;
                                onDate: string;
                                org: string | null;
                                toStatus: string;
                            }[];
                            fundedYear: number | null;
                            id: number;
                            inspections: {
                                answers: {
                                    choice?: string;
                                    code: string;
                                    met: boolean;
                                    note?: string;
                                    value?: number;
                                    zh?: string;
                                }[];
                                createdAt: string;
                                evaluation: {
                                    eligible: boolean;
                                    output: {
                                        [key: string]: unknown;
                                    };
                                    policy: string | null;
                                    program: string | null;
                                    trace: unknown[];
                                } | null;
                                id: number;
                                inspectedOn: string;
                                inspector: string;
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                                passed: boolean;
                                photoIds: number[];
                                /** @enum {string} */
                                purpose: "acceptance" | "spot-check";
                                reasons: {
                                    code: string;
                                    en: string;
                                    zh: string;
                                }[];
                            }[];
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            lat: number | null;
                            lon: number | null;
                            matching: {
                                cityGrant: number | null;
                                district: number;
                                minDistrict: number | null;
                                minStreet: number | null;
                                street: number;
                            } | null;
                            name: string;
                            no: string;
                            openingHours: string | null;
                            org: {
                                id: number;
                                name: string;
                            };
                            photos: {
                                fileName: string;
                                id: number;
                                mime: string;
                                size: number;
                            }[];
                            plaqueYear: number | null;
                            programInstanceId: number | null;
                            region: {
                                id: number;
                                name: string;
                            } | null;
                            serviceLog: {
                                attendees: number | null;
                                description: string;
                                id: number;
                                kind: string;
                                onDate: string;
                            }[];
                            sizeM2: number | null;
                            /** @enum {string} */
                            status: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            subkind: string | null;
                            yellowDeadline: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One site: details, photos, history, inspections, service log, its application and grant
         * @description Permission: `sites.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                close: boolean;
                                edit: boolean;
                                inspect: boolean;
                                lift: boolean;
                                plaque: boolean;
                                redCard: boolean;
                                yellowCard: boolean;
                            };
                            address: string;
                            application: {
                                amount: number;
                                booked: number;
                                evaluation: unknown;
                                id: number;
                                no: string;
                                paid: number;
                                status: string;
                                stepLevel: string | null;
                            } | null;
                            applicationId: number | null;
                            contacts: {
                                name: string;
                                phone: string;
                                role: string;
                            }[];
                            details: {
                                [key: string]: unknown;
                            };
                            events: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                fromStatus: string | null;
                                id: number;
                                notice: {
                                    [key: string]: unknown;
                                } | null;
                                onDate: string;
                                org: string | null;
                                toStatus: string;
                            }[];
                            fundedYear: number | null;
                            id: number;
                            inspections: {
                                answers: {
                                    choice?: string;
                                    code: string;
                                    met: boolean;
                                    note?: string;
                                    value?: number;
                                    zh?: string;
                                }[];
                                createdAt: string;
                                evaluation: {
                                    eligible: boolean;
                                    output: {
                                        [key: string]: unknown;
                                    };
                                    policy: string | null;
                                    program: string | null;
                                    trace: unknown[];
                                } | null;
                                id: number;
                                inspectedOn: string;
                                inspector: string;
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                                passed: boolean;
                                photoIds: number[];
                                /** @enum {string} */
                                purpose: "acceptance" | "spot-check";
                                reasons: {
                                    code: string;
                                    en: string;
                                    zh: string;
                                }[];
                            }[];
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            lat: number | null;
                            lon: number | null;
                            matching: {
                                cityGrant: number | null;
                                district: number;
                                minDistrict: number | null;
                                minStreet: number | null;
                                street: number;
                            } | null;
                            name: string;
                            no: string;
                            openingHours: string | null;
                            org: {
                                id: number;
                                name: string;
                            };
                            photos: {
                                fileName: string;
                                id: number;
                                mime: string;
                                size: number;
                            }[];
                            plaqueYear: number | null;
                            programInstanceId: number | null;
                            region: {
                                id: number;
                                name: string;
                            } | null;
                            serviceLog: {
                                attendees: number | null;
                                description: string;
                                id: number;
                                kind: string;
                                onDate: string;
                            }[];
                            sizeM2: number | null;
                            /** @enum {string} */
                            status: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            subkind: string | null;
                            yellowDeadline: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a site’s details (recorded in its history)
         * @description Permission: `sites.write`
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        contacts?: {
                            name: string;
                            phone: string;
                            role: string;
                        }[];
                        details?: {
                            [key: string]: unknown;
                        };
                        fundedYear?: number;
                        /** @description WGS-84 latitude (Shanghai: 30.6–31.9) */
                        lat?: number;
                        /** @description WGS-84 longitude (Shanghai: 120.8–122.2) */
                        lon?: number;
                        name?: string;
                        openingHours?: string;
                        photoIds?: number[];
                        sizeM2?: number;
                        subkind?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                close: boolean;
                                edit: boolean;
                                inspect: boolean;
                                lift: boolean;
                                plaque: boolean;
                                redCard: boolean;
                                yellowCard: boolean;
                            };
                            address: string;
                            application: {
                                amount: number;
                                booked: number;
                                evaluation: unknown;
                                id: number;
                                no: string;
                                paid: number;
                                status: string;
                                stepLevel: string | null;
                            } | null;
                            applicationId: number | null;
                            contacts: {
                                name: string;
                                phone: string;
                                role: string;
                            }[];
                            details: {
                                [key: string]: unknown;
                            };
                            events: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                fromStatus: string | null;
                                id: number;
                                notice: {
                                    [key: string]: unknown;
                                } | null;
                                onDate: string;
                                org: string | null;
                                toStatus: string;
                            }[];
                            fundedYear: number | null;
                            id: number;
                            inspections: {
                                answers: {
                                    choice?: string;
                                    code: string;
                                    met: boolean;
                                    note?: string;
                                    value?: number;
                                    zh?: string;
                                }[];
                                createdAt: string;
                                evaluation: {
                                    eligible: boolean;
                                    output: {
                                        [key: string]: unknown;
                                    };
                                    policy: string | null;
                                    program: string | null;
                                    trace: unknown[];
                                } | null;
                                id: number;
                                inspectedOn: string;
                                inspector: string;
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                                passed: boolean;
                                photoIds: number[];
                                /** @enum {string} */
                                purpose: "acceptance" | "spot-check";
                                reasons: {
                                    code: string;
                                    en: string;
                                    zh: string;
                                }[];
                            }[];
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            lat: number | null;
                            lon: number | null;
                            matching: {
                                cityGrant: number | null;
                                district: number;
                                minDistrict: number | null;
                                minStreet: number | null;
                                street: number;
                            } | null;
                            name: string;
                            no: string;
                            openingHours: string | null;
                            org: {
                                id: number;
                                name: string;
                            };
                            photos: {
                                fileName: string;
                                id: number;
                                mime: string;
                                size: number;
                            }[];
                            plaqueYear: number | null;
                            programInstanceId: number | null;
                            region: {
                                id: number;
                                name: string;
                            } | null;
                            serviceLog: {
                                attendees: number | null;
                                description: string;
                                id: number;
                                kind: string;
                                onDate: string;
                            }[];
                            sizeM2: number | null;
                            /** @enum {string} */
                            status: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            subkind: string | null;
                            yellowDeadline: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sites/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an inspected site: the final review of its application (the engine computes the grant with its trace and books it to the union’s account)
         * @description Permission: `sites.inspect`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        matching?: {
                            district: number;
                            street: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                close: boolean;
                                edit: boolean;
                                inspect: boolean;
                                lift: boolean;
                                plaque: boolean;
                                redCard: boolean;
                                yellowCard: boolean;
                            };
                            address: string;
                            application: {
                                amount: number;
                                booked: number;
                                evaluation: unknown;
                                id: number;
                                no: string;
                                paid: number;
                                status: string;
                                stepLevel: string | null;
                            } | null;
                            applicationId: number | null;
                            contacts: {
                                name: string;
                                phone: string;
                                role: string;
                            }[];
                            details: {
                                [key: string]: unknown;
                            };
                            events: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                fromStatus: string | null;
                                id: number;
                                notice: {
                                    [key: string]: unknown;
                                } | null;
                                onDate: string;
                                org: string | null;
                                toStatus: string;
                            }[];
                            fundedYear: number | null;
                            id: number;
                            inspections: {
                                answers: {
                                    choice?: string;
                                    code: string;
                                    met: boolean;
                                    note?: string;
                                    value?: number;
                                    zh?: string;
                                }[];
                                createdAt: string;
                                evaluation: {
                                    eligible: boolean;
                                    output: {
                                        [key: string]: unknown;
                                    };
                                    policy: string | null;
                                    program: string | null;
                                    trace: unknown[];
                                } | null;
                                id: number;
                                inspectedOn: string;
                                inspector: string;
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                                passed: boolean;
                                photoIds: number[];
                                /** @enum {string} */
                                purpose: "acceptance" | "spot-check";
                                reasons: {
                                    code: string;
                                    en: string;
                                    zh: string;
                                }[];
                            }[];
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            lat: number | null;
                            lon: number | null;
                            matching: {
                                cityGrant: number | null;
                                district: number;
                                minDistrict: number | null;
                                minStreet: number | null;
                                street: number;
                            } | null;
                            name: string;
                            no: string;
                            openingHours: string | null;
                            org: {
                                id: number;
                                name: string;
                            };
                            photos: {
                                fileName: string;
                                id: number;
                                mime: string;
                                size: number;
                            }[];
                            plaqueYear: number | null;
                            programInstanceId: number | null;
                            region: {
                                id: number;
                                name: string;
                            } | null;
                            serviceLog: {
                                attendees: number | null;
                                description: string;
                                id: number;
                                kind: string;
                                onDate: string;
                            }[];
                            sizeM2: number | null;
                            /** @enum {string} */
                            status: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            subkind: string | null;
                            yellowDeadline: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The on-site checklist, generated from the policy criteria of the site’s kind on a day (driver homes 6+X, health points 四固三定/两固三定, fitness stations by size)
         * @description Permission: `sites.read`
         */
        get: {
            parameters: {
                query?: {
                    on?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                answer: "yes-no" | "number" | "choice";
                                choices?: {
                                    en: string;
                                    value: string;
                                    zh: string;
                                }[];
                                code: string;
                                en: string;
                                min?: number;
                                source: string;
                                zh: string;
                            }[];
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            on: string;
                            policy: string | null;
                            program: string | null;
                            subkind: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a site (it stays in the register with its history)
         * @description Permission: `sites.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                close: boolean;
                                edit: boolean;
                                inspect: boolean;
                                lift: boolean;
                                plaque: boolean;
                                redCard: boolean;
                                yellowCard: boolean;
                            };
                            address: string;
                            application: {
                                amount: number;
                                booked: number;
                                evaluation: unknown;
                                id: number;
                                no: string;
                                paid: number;
                                status: string;
                                stepLevel: string | null;
                            } | null;
                            applicationId: number | null;
                            contacts: {
                                name: string;
                                phone: string;
                                role: string;
                            }[];
                            details: {
                                [key: string]: unknown;
                            };
                            events: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                fromStatus: string | null;
                                id: number;
                                notice: {
                                    [key: string]: unknown;
                                } | null;
                                onDate: string;
                                org: string | null;
                                toStatus: string;
                            }[];
                            fundedYear: number | null;
                            id: number;
                            inspections: {
                                answers: {
                                    choice?: string;
                                    code: string;
                                    met: boolean;
                                    note?: string;
                                    value?: number;
                                    zh?: string;
                                }[];
                                createdAt: string;
                                evaluation: {
                                    eligible: boolean;
                                    output: {
                                        [key: string]: unknown;
                                    };
                                    policy: string | null;
                                    program: string | null;
                                    trace: unknown[];
                                } | null;
                                id: number;
                                inspectedOn: string;
                                inspector: string;
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                                passed: boolean;
                                photoIds: number[];
                                /** @enum {string} */
                                purpose: "acceptance" | "spot-check";
                                reasons: {
                                    code: string;
                                    en: string;
                                    zh: string;
                                }[];
                            }[];
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            lat: number | null;
                            lon: number | null;
                            matching: {
                                cityGrant: number | null;
                                district: number;
                                minDistrict: number | null;
                                minStreet: number | null;
                                street: number;
                            } | null;
                            name: string;
                            no: string;
                            openingHours: string | null;
                            org: {
                                id: number;
                                name: string;
                            };
                            photos: {
                                fileName: string;
                                id: number;
                                mime: string;
                                size: number;
                            }[];
                            plaqueYear: number | null;
                            programInstanceId: number | null;
                            region: {
                                id: number;
                                name: string;
                            } | null;
                            serviceLog: {
                                attendees: number | null;
                                description: string;
                                id: number;
                                kind: string;
                                onDate: string;
                            }[];
                            sizeM2: number | null;
                            /** @enum {string} */
                            status: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            subkind: string | null;
                            yellowDeadline: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an on-site check (acceptance or spot check) with the checklist’s answers and photos; the engine decides, failed items are the reasons. A passed acceptance check approves the district’s review step
         * @description Permission: `sites.inspect`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            choice?: string;
                            code: string;
                            met: boolean;
                            note?: string;
                            value?: number;
                        }[];
                        comment?: string;
                        inspectedOn: string;
                        inspector: string;
                        /** @default [] */
                        photoIds?: number[];
                        /** @enum {string} */
                        purpose: "acceptance" | "spot-check";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                choice?: string;
                                code: string;
                                met: boolean;
                                note?: string;
                                value?: number;
                                zh?: string;
                            }[];
                            createdAt: string;
                            evaluation: {
                                eligible: boolean;
                                output: {
                                    [key: string]: unknown;
                                };
                                policy: string | null;
                                program: string | null;
                                trace: unknown[];
                            } | null;
                            id: number;
                            inspectedOn: string;
                            inspector: string;
                            org: {
                                id: number;
                                name: string;
                            } | null;
                            passed: boolean;
                            photoIds: number[];
                            /** @enum {string} */
                            purpose: "acceptance" | "spot-check";
                            reasons: {
                                code: string;
                                en: string;
                                zh: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/lift-yellow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The fix is done: lift the yellow card
         * @description Permission: `sites.inspect`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                close: boolean;
                                edit: boolean;
                                inspect: boolean;
                                lift: boolean;
                                plaque: boolean;
                                redCard: boolean;
                                yellowCard: boolean;
                            };
                            address: string;
                            application: {
                                amount: number;
                                booked: number;
                                evaluation: unknown;
                                id: number;
                                no: string;
                                paid: number;
                                status: string;
                                stepLevel: string | null;
                            } | null;
                            applicationId: number | null;
                            contacts: {
                                name: string;
                                phone: string;
                                role: string;
                            }[];
                            details: {
                                [key: string]: unknown;
                            };
                            events: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                fromStatus: string | null;
                                id: number;
                                notice: {
                                    [key: string]: unknown;
                                } | null;
                                onDate: string;
                                org: string | null;
                                toStatus: string;
                            }[];
                            fundedYear: number | null;
                            id: number;
                            inspections: {
                                answers: {
                                    choice?: string;
                                    code: string;
                                    met: boolean;
                                    note?: string;
                                    value?: number;
                                    zh?: string;
                                }[];
                                createdAt: string;
                                evaluation: {
                                    eligible: boolean;
                                    output: {
                                        [key: string]: unknown;
                                    };
                                    policy: string | null;
                                    program: string | null;
                                    trace: unknown[];
                                } | null;
                                id: number;
                                inspectedOn: string;
                                inspector: string;
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                                passed: boolean;
                                photoIds: number[];
                                /** @enum {string} */
                                purpose: "acceptance" | "spot-check";
                                reasons: {
                                    code: string;
                                    en: string;
                                    zh: string;
                                }[];
                            }[];
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            lat: number | null;
                            lon: number | null;
                            matching: {
                                cityGrant: number | null;
                                district: number;
                                minDistrict: number | null;
                                minStreet: number | null;
                                street: number;
                            } | null;
                            name: string;
                            no: string;
                            openingHours: string | null;
                            org: {
                                id: number;
                                name: string;
                            };
                            photos: {
                                fileName: string;
                                id: number;
                                mime: string;
                                size: number;
                            }[];
                            plaqueYear: number | null;
                            programInstanceId: number | null;
                            region: {
                                id: number;
                                name: string;
                            } | null;
                            serviceLog: {
                                attendees: number | null;
                                description: string;
                                id: number;
                                kind: string;
                                onDate: string;
                            }[];
                            sizeM2: number | null;
                            /** @enum {string} */
                            status: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            subkind: string | null;
                            yellowDeadline: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/notices/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A yellow or red card as a printable A4 page (HTML)
         * @description Permission: `sites.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description an HTML page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/photos/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A photo of a site in my subtree
         * @description Permission: `sites.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/plaque": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the plaque of an accepted site (the year’s list)
         * @description Permission: `sites.inspect`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                close: boolean;
                                edit: boolean;
                                inspect: boolean;
                                lift: boolean;
                                plaque: boolean;
                                redCard: boolean;
                                yellowCard: boolean;
                            };
                            address: string;
                            application: {
                                amount: number;
                                booked: number;
                                evaluation: unknown;
                                id: number;
                                no: string;
                                paid: number;
                                status: string;
                                stepLevel: string | null;
                            } | null;
                            applicationId: number | null;
                            contacts: {
                                name: string;
                                phone: string;
                                role: string;
                            }[];
                            details: {
                                [key: string]: unknown;
                            };
                            events: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                fromStatus: string | null;
                                id: number;
                                notice: {
                                    [key: string]: unknown;
                                } | null;
                                onDate: string;
                                org: string | null;
                                toStatus: string;
                            }[];
                            fundedYear: number | null;
                            id: number;
                            inspections: {
                                answers: {
                                    choice?: string;
                                    code: string;
                                    met: boolean;
                                    note?: string;
                                    value?: number;
                                    zh?: string;
                                }[];
                                createdAt: string;
                                evaluation: {
                                    eligible: boolean;
                                    output: {
                                        [key: string]: unknown;
                                    };
                                    policy: string | null;
                                    program: string | null;
                                    trace: unknown[];
                                } | null;
                                id: number;
                                inspectedOn: string;
                                inspector: string;
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                                passed: boolean;
                                photoIds: number[];
                                /** @enum {string} */
                                purpose: "acceptance" | "spot-check";
                                reasons: {
                                    code: string;
                                    en: string;
                                    zh: string;
                                }[];
                            }[];
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            lat: number | null;
                            lon: number | null;
                            matching: {
                                cityGrant: number | null;
                                district: number;
                                minDistrict: number | null;
                                minStreet: number | null;
                                street: number;
                            } | null;
                            name: string;
                            no: string;
                            openingHours: string | null;
                            org: {
                                id: number;
                                name: string;
                            };
                            photos: {
                                fileName: string;
                                id: number;
                                mime: string;
                                size: number;
                            }[];
                            plaqueYear: number | null;
                            programInstanceId: number | null;
                            region: {
                                id: number;
                                name: string;
                            } | null;
                            serviceLog: {
                                attendees: number | null;
                                description: string;
                                id: number;
                                kind: string;
                                onDate: string;
                            }[];
                            sizeM2: number | null;
                            /** @enum {string} */
                            status: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            subkind: string | null;
                            yellowDeadline: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/red-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Red card (摘牌通知书): the site is de-listed, leaves the public map and is not paid; printable
         * @description Permission: `sites.inspect`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        inspectionId?: number;
                        reasons: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                close: boolean;
                                edit: boolean;
                                inspect: boolean;
                                lift: boolean;
                                plaque: boolean;
                                redCard: boolean;
                                yellowCard: boolean;
                            };
                            address: string;
                            application: {
                                amount: number;
                                booked: number;
                                evaluation: unknown;
                                id: number;
                                no: string;
                                paid: number;
                                status: string;
                                stepLevel: string | null;
                            } | null;
                            applicationId: number | null;
                            contacts: {
                                name: string;
                                phone: string;
                                role: string;
                            }[];
                            details: {
                                [key: string]: unknown;
                            };
                            events: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                fromStatus: string | null;
                                id: number;
                                notice: {
                                    [key: string]: unknown;
                                } | null;
                                onDate: string;
                                org: string | null;
                                toStatus: string;
                            }[];
                            fundedYear: number | null;
                            id: number;
                            inspections: {
                                answers: {
                                    choice?: string;
                                    code: string;
                                    met: boolean;
                                    note?: string;
                                    value?: number;
                                    zh?: string;
                                }[];
                                createdAt: string;
                                evaluation: {
                                    eligible: boolean;
                                    output: {
                                        [key: string]: unknown;
                                    };
                                    policy: string | null;
                                    program: string | null;
                                    trace: unknown[];
                                } | null;
                                id: number;
                                inspectedOn: string;
                                inspector: string;
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                                passed: boolean;
                                photoIds: number[];
                                /** @enum {string} */
                                purpose: "acceptance" | "spot-check";
                                reasons: {
                                    code: string;
                                    en: string;
                                    zh: string;
                                }[];
                            }[];
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            lat: number | null;
                            lon: number | null;
                            matching: {
                                cityGrant: number | null;
                                district: number;
                                minDistrict: number | null;
                                minStreet: number | null;
                                street: number;
                            } | null;
                            name: string;
                            no: string;
                            openingHours: string | null;
                            org: {
                                id: number;
                                name: string;
                            };
                            photos: {
                                fileName: string;
                                id: number;
                                mime: string;
                                size: number;
                            }[];
                            plaqueYear: number | null;
                            programInstanceId: number | null;
                            region: {
                                id: number;
                                name: string;
                            } | null;
                            serviceLog: {
                                attendees: number | null;
                                description: string;
                                id: number;
                                kind: string;
                                onDate: string;
                            }[];
                            sizeM2: number | null;
                            /** @enum {string} */
                            status: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            subkind: string | null;
                            yellowDeadline: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/service-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a service of a running site (consultations, visits, lectures, notices, appointments)
         * @description Permission: `sites.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attendees?: number;
                        description: string;
                        /** @enum {string} */
                        kind: "consultation" | "visit" | "lecture" | "notice" | "appointment" | "activity" | "other";
                        onDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                close: boolean;
                                edit: boolean;
                                inspect: boolean;
                                lift: boolean;
                                plaque: boolean;
                                redCard: boolean;
                                yellowCard: boolean;
                            };
                            address: string;
                            application: {
                                amount: number;
                                booked: number;
                                evaluation: unknown;
                                id: number;
                                no: string;
                                paid: number;
                                status: string;
                                stepLevel: string | null;
                            } | null;
                            applicationId: number | null;
                            contacts: {
                                name: string;
                                phone: string;
                                role: string;
                            }[];
                            details: {
                                [key: string]: unknown;
                            };
                            events: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                fromStatus: string | null;
                                id: number;
                                notice: {
                                    [key: string]: unknown;
                                } | null;
                                onDate: string;
                                org: string | null;
                                toStatus: string;
                            }[];
                            fundedYear: number | null;
                            id: number;
                            inspections: {
                                answers: {
                                    choice?: string;
                                    code: string;
                                    met: boolean;
                                    note?: string;
                                    value?: number;
                                    zh?: string;
                                }[];
                                createdAt: string;
                                evaluation: {
                                    eligible: boolean;
                                    output: {
                                        [key: string]: unknown;
                                    };
                                    policy: string | null;
                                    program: string | null;
                                    trace: unknown[];
                                } | null;
                                id: number;
                                inspectedOn: string;
                                inspector: string;
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                                passed: boolean;
                                photoIds: number[];
                                /** @enum {string} */
                                purpose: "acceptance" | "spot-check";
                                reasons: {
                                    code: string;
                                    en: string;
                                    zh: string;
                                }[];
                            }[];
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            lat: number | null;
                            lon: number | null;
                            matching: {
                                cityGrant: number | null;
                                district: number;
                                minDistrict: number | null;
                                minStreet: number | null;
                                street: number;
                            } | null;
                            name: string;
                            no: string;
                            openingHours: string | null;
                            org: {
                                id: number;
                                name: string;
                            };
                            photos: {
                                fileName: string;
                                id: number;
                                mime: string;
                                size: number;
                            }[];
                            plaqueYear: number | null;
                            programInstanceId: number | null;
                            region: {
                                id: number;
                                name: string;
                            } | null;
                            serviceLog: {
                                attendees: number | null;
                                description: string;
                                id: number;
                                kind: string;
                                onDate: string;
                            }[];
                            sizeM2: number | null;
                            /** @enum {string} */
                            status: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            subkind: string | null;
                            yellowDeadline: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/yellow-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Yellow card (整改通知书): what to fix and the deadline; printable
         * @description Permission: `sites.inspect`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        deadline: string;
                        inspectionId?: number;
                        items: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                close: boolean;
                                edit: boolean;
                                inspect: boolean;
                                lift: boolean;
                                plaque: boolean;
                                redCard: boolean;
                                yellowCard: boolean;
                            };
                            address: string;
                            application: {
                                amount: number;
                                booked: number;
                                evaluation: unknown;
                                id: number;
                                no: string;
                                paid: number;
                                status: string;
                                stepLevel: string | null;
                            } | null;
                            applicationId: number | null;
                            contacts: {
                                name: string;
                                phone: string;
                                role: string;
                            }[];
                            details: {
                                [key: string]: unknown;
                            };
                            events: {
                                action: string;
                                actor: string;
                                at: string;
                                comment: string | null;
                                fromStatus: string | null;
                                id: number;
                                notice: {
                                    [key: string]: unknown;
                                } | null;
                                onDate: string;
                                org: string | null;
                                toStatus: string;
                            }[];
                            fundedYear: number | null;
                            id: number;
                            inspections: {
                                answers: {
                                    choice?: string;
                                    code: string;
                                    met: boolean;
                                    note?: string;
                                    value?: number;
                                    zh?: string;
                                }[];
                                createdAt: string;
                                evaluation: {
                                    eligible: boolean;
                                    output: {
                                        [key: string]: unknown;
                                    };
                                    policy: string | null;
                                    program: string | null;
                                    trace: unknown[];
                                } | null;
                                id: number;
                                inspectedOn: string;
                                inspector: string;
                                org: {
                                    id: number;
                                    name: string;
                                } | null;
                                passed: boolean;
                                photoIds: number[];
                                /** @enum {string} */
                                purpose: "acceptance" | "spot-check";
                                reasons: {
                                    code: string;
                                    en: string;
                                    zh: string;
                                }[];
                            }[];
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            lat: number | null;
                            lon: number | null;
                            matching: {
                                cityGrant: number | null;
                                district: number;
                                minDistrict: number | null;
                                minStreet: number | null;
                                street: number;
                            } | null;
                            name: string;
                            no: string;
                            openingHours: string | null;
                            org: {
                                id: number;
                                name: string;
                            };
                            photos: {
                                fileName: string;
                                id: number;
                                mime: string;
                                size: number;
                            }[];
                            plaqueYear: number | null;
                            programInstanceId: number | null;
                            region: {
                                id: number;
                                name: string;
                            } | null;
                            serviceLog: {
                                attendees: number | null;
                                description: string;
                                id: number;
                                kind: string;
                                onDate: string;
                            }[];
                            sizeM2: number | null;
                            /** @enum {string} */
                            status: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            subkind: string | null;
                            yellowDeadline: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The districts’ summary claims in my subtree (a district its own; the federation all), newest first
         * @description Permission: `sites.read`
         */
        get: {
            parameters: {
                query?: {
                    kind?: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                    status?: "filed" | "accepted" | "returned";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    accept: boolean;
                                    return: boolean;
                                };
                                comment: string | null;
                                /** @description the claim deadline of the program year; null: the seeds give none */
                                deadline: string | null;
                                decidedAt: (string) | null;
                                decidedBy: string | null;
                                filedBy: string;
                                filedOn: string;
                                id: number;
                                items: number;
                                /** @enum {string} */
                                kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                                kindName: {
                                    en: string;
                                    zh: string;
                                };
                                no: string;
                                payout: {
                                    amount: number;
                                    batchNo: string | null;
                                    entryId: number;
                                    paid: boolean;
                                    paidOn: string | null;
                                } | null;
                                program: {
                                    id: number;
                                    title: string;
                                };
                                region: {
                                    id: number;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "filed" | "accepted" | "returned";
                                statusName: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description yuan */
                                total: number;
                                voucher: {
                                    fileName: string;
                                    id: number;
                                };
                                voucherNo: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * A regional union files its summary claim for a kind and year: the rows of the 申领汇总表 frozen now, the total, the 结算票据 number and scan (required); by the program’s claim deadline (9/15 for nursing rooms and childcare studios)
         * @description Permission: `sites.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                        siteIds?: number[];
                        voucherDocumentId?: number;
                        voucherNo?: string;
                        /** @description the program year that funded the sites */
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                return: boolean;
                            };
                            comment: string | null;
                            /** @description the claim deadline of the program year; null: the seeds give none */
                            deadline: string | null;
                            decidedAt: (string) | null;
                            decidedBy: string | null;
                            filedBy: string;
                            filedOn: string;
                            id: number;
                            items: number;
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            no: string;
                            payout: {
                                amount: number;
                                batchNo: string | null;
                                entryId: number;
                                paid: boolean;
                                paidOn: string | null;
                            } | null;
                            program: {
                                id: number;
                                title: string;
                            };
                            region: {
                                id: number;
                                name: string;
                            };
                            rows: ({
                                amount: number;
                                applicationId: number;
                                name: string;
                                org: string;
                                siteId: number;
                                siteNo: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            status: "filed" | "accepted" | "returned";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            /** @description yuan */
                            total: number;
                            voucher: {
                                fileName: string;
                                id: number;
                            };
                            voucherNo: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One summary claim with its frozen rows and its payment
         * @description Permission: `sites.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                return: boolean;
                            };
                            comment: string | null;
                            /** @description the claim deadline of the program year; null: the seeds give none */
                            deadline: string | null;
                            decidedAt: (string) | null;
                            decidedBy: string | null;
                            filedBy: string;
                            filedOn: string;
                            id: number;
                            items: number;
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            no: string;
                            payout: {
                                amount: number;
                                batchNo: string | null;
                                entryId: number;
                                paid: boolean;
                                paidOn: string | null;
                            } | null;
                            program: {
                                id: number;
                                title: string;
                            };
                            region: {
                                id: number;
                                name: string;
                            };
                            rows: ({
                                amount: number;
                                applicationId: number;
                                name: string;
                                org: string;
                                siteId: number;
                                siteNo: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            status: "filed" | "accepted" | "returned";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            /** @description yuan */
                            total: number;
                            voucher: {
                                fileName: string;
                                id: number;
                            };
                            voucherNo: string;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/claims/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The federation’s department accepts a claim: the sites’ own unpaid payables are reversed and the total is booked as one payable to the district’s verified account
         * @description Permission: `sites.inspect`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                return: boolean;
                            };
                            comment: string | null;
                            /** @description the claim deadline of the program year; null: the seeds give none */
                            deadline: string | null;
                            decidedAt: (string) | null;
                            decidedBy: string | null;
                            filedBy: string;
                            filedOn: string;
                            id: number;
                            items: number;
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            no: string;
                            payout: {
                                amount: number;
                                batchNo: string | null;
                                entryId: number;
                                paid: boolean;
                                paidOn: string | null;
                            } | null;
                            program: {
                                id: number;
                                title: string;
                            };
                            region: {
                                id: number;
                                name: string;
                            };
                            rows: ({
                                amount: number;
                                applicationId: number;
                                name: string;
                                org: string;
                                siteId: number;
                                siteNo: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            status: "filed" | "accepted" | "returned";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            /** @description yuan */
                            total: number;
                            voucher: {
                                fileName: string;
                                id: number;
                            };
                            voucherNo: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/claims/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The federation’s department returns a claim with the reason; its sites may be claimed again
         * @description Permission: `sites.inspect`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                return: boolean;
                            };
                            comment: string | null;
                            /** @description the claim deadline of the program year; null: the seeds give none */
                            deadline: string | null;
                            decidedAt: (string) | null;
                            decidedBy: string | null;
                            filedBy: string;
                            filedOn: string;
                            id: number;
                            items: number;
                            /** @enum {string} */
                            kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                            kindName: {
                                en: string;
                                zh: string;
                            };
                            no: string;
                            payout: {
                                amount: number;
                                batchNo: string | null;
                                entryId: number;
                                paid: boolean;
                                paidOn: string | null;
                            } | null;
                            program: {
                                id: number;
                                title: string;
                            };
                            region: {
                                id: number;
                                name: string;
                            };
                            rows: ({
                                amount: number;
                                applicationId: number;
                                name: string;
                                org: string;
                                siteId: number;
                                siteNo: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            status: "filed" | "accepted" | "returned";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            /** @description yuan */
                            total: number;
                            voucher: {
                                fileName: string;
                                id: number;
                            };
                            voucherNo: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/claims/{id}/summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A filed claim’s own 申领汇总表 (000 附件1/2) as .xlsx: its rows as frozen at filing, tabled on the filing day, with the 总金额 line
         * @description Permission: `sites.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/claims/{id}/voucher": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The claim’s 结算票据 scan
         * @description Permission: `sites.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/claims/newspaper-delivery.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 《劳动报》 集订分送单 (000 女职工 一(三)4): the nursing rooms of the accepted claims of a year in my subtree, one copy each for the next year, delivered in November–December (phones masked)
         * @description Permission: `sites.read`
         */
        get: {
            parameters: {
                query: {
                    /** @description the program year of the accepted nursing-room claims; the papers are for the year after */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/claims/summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The district’s summary claim (申领汇总表, 000 附件1/2) of a kind and year as .xlsx: its accepted sites with an approved grant, in my subtree
         * @description Permission: `sites.read`
         */
        get: {
            parameters: {
                query: {
                    kind: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                    regionOrgId?: number;
                    /** @description the program year that funded the sites */
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The register of my subtree as .xlsx (the same filters as the list; phones masked)
         * @description Permission: `sites.read`
         */
        get: {
            parameters: {
                query?: {
                    fundedYear?: number;
                    kind?: "nursing-room" | "childcare-studio" | "health-point" | "fitness-station" | "driver-home" | "canteen" | "culture-team";
                    plaqueYear?: number;
                    q?: string;
                    regionOrgId?: number;
                    status?: "applied" | "inspected" | "accepted" | "plaqued" | "yellow-card" | "red-card" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register sites from an .xlsx in the export’s columns (类型, 名称, 所属工会编号, 地址 …): all rows or none; a refusal names every wrong row and column
         * @description Permission: `sites.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            rows: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The blank sheet for POST /sites/import: the export’s columns, and a sheet saying what each takes
         * @description Permission: `sites.write`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/slates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Project lists (slates) in my scope, and every published one
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    addProject: boolean;
                                    close: boolean;
                                    publish: boolean;
                                    update: boolean;
                                };
                                approvedOn: string | null;
                                callId: number | null;
                                closedOn: string | null;
                                documentNo: string | null;
                                id: number;
                                meeting: string | null;
                                orgId: number;
                                orgName: string;
                                projectCount: number;
                                published: boolean;
                                publishedAt: (string) | null;
                                source: string | null;
                                title: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start a union’s list for a year
         * @description Permission: `projects.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approvedOn?: string;
                        callId?: number;
                        documentNo?: string;
                        meeting?: string;
                        orgId: number;
                        title: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addProject: boolean;
                                close: boolean;
                                publish: boolean;
                                update: boolean;
                            };
                            approvedOn: string | null;
                            callId: number | null;
                            closedOn: string | null;
                            documentNo: string | null;
                            id: number;
                            meeting: string | null;
                            orgId: number;
                            orgName: string;
                            published: boolean;
                            publishedAt: (string) | null;
                            source: string | null;
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/slates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A list with its numbered projects and their progress
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addProject: boolean;
                                close: boolean;
                                publish: boolean;
                                update: boolean;
                            };
                            approvedOn: string | null;
                            callId: number | null;
                            closedOn: string | null;
                            documentNo: string | null;
                            id: number;
                            meeting: string | null;
                            orgId: number;
                            orgName: string;
                            projects: {
                                behind: boolean;
                                category: string;
                                categoryName: {
                                    en: string;
                                    zh: string;
                                } | null;
                                id: number;
                                no: number;
                                percent: number | null;
                                responsibleOrgName: string | null;
                                status: string;
                                suppressed: boolean;
                                title: string;
                            }[];
                            published: boolean;
                            publishedAt: (string) | null;
                            source: string | null;
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a list (meeting, document number, date)
         * @description Permission: `projects.write`
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approvedOn?: string;
                        callId?: number;
                        documentNo?: string;
                        meeting?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addProject: boolean;
                                close: boolean;
                                publish: boolean;
                                update: boolean;
                            };
                            approvedOn: string | null;
                            callId: number | null;
                            closedOn: string | null;
                            documentNo: string | null;
                            id: number;
                            meeting: string | null;
                            orgId: number;
                            orgName: string;
                            published: boolean;
                            publishedAt: (string) | null;
                            source: string | null;
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/slates/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a published list at the end of its year: no more progress reports, none overdue (audited)
         * @description Permission: `projects.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addProject: boolean;
                                close: boolean;
                                publish: boolean;
                                update: boolean;
                            };
                            approvedOn: string | null;
                            callId: number | null;
                            closedOn: string | null;
                            documentNo: string | null;
                            id: number;
                            meeting: string | null;
                            orgId: number;
                            orgName: string;
                            published: boolean;
                            publishedAt: (string) | null;
                            source: string | null;
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/slates/{id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a numbered project to an unpublished list (optionally from a shortlisted candidate)
         * @description Permission: `projects.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidateId?: number;
                        /** @enum {string} */
                        category: "rights" | "skills" | "health" | "living" | "hardship" | "culture-sports" | "employment" | "other";
                        no?: number;
                        summary?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                allocate: boolean;
                                plan: boolean;
                                update: boolean;
                            };
                            candidateId: number | null;
                            category: string;
                            categoryName: {
                                en: string;
                                zh: string;
                            } | null;
                            id: number;
                            no: number;
                            orgId: number;
                            orgName: string;
                            plan: {
                                budgetYuan: number | null;
                                contacts: unknown[];
                                costShares: {
                                    amountYuan?: number | null;
                                    party: string;
                                    share: string;
                                }[];
                                policyPrograms: string[];
                                purpose: string | null;
                                reportCadence: string;
                                reportDueMonths: number[];
                                responsibleOrgId: number | null;
                                responsibleOrgName: string | null;
                                targetGroups: string | null;
                            };
                            published: boolean;
                            slateId: number;
                            slateTitle: string;
                            source: string | null;
                            summary: string | null;
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/slates/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a list (needs meeting, document number and date)
         * @description Permission: `projects.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addProject: boolean;
                                close: boolean;
                                publish: boolean;
                                update: boolean;
                            };
                            approvedOn: string | null;
                            callId: number | null;
                            closedOn: string | null;
                            documentNo: string | null;
                            id: number;
                            meeting: string | null;
                            orgId: number;
                            orgName: string;
                            published: boolean;
                            publishedAt: (string) | null;
                            source: string | null;
                            title: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/slates/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Year-end report of a list: each project planned against actual per target, progress, budget against spent, status, milestones, satisfaction
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            slate: {
                                id: number;
                                year: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/slates/{id}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The year-end report as .xlsx
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/slates/{id}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Surveys of a list (its own and its projects’)
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    delete: boolean;
                                    editQuestions: boolean;
                                    moderate: boolean;
                                    respond: boolean;
                                    results: boolean;
                                    update: boolean;
                                };
                                audience: {
                                    orgId: number;
                                    orgName: string;
                                };
                                closesOn: string;
                                id: number;
                                intro: string | null;
                                opensOn: string;
                                project: {
                                    id: number;
                                    no: number | null;
                                    title: string | null;
                                } | null;
                                questions: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "single" | "multiple" | "rating" | "text";
                                    kindName: {
                                        en: string;
                                        zh: string;
                                    };
                                    options: string[];
                                    position: number;
                                    prompt: string;
                                    required: boolean;
                                }[];
                                responded: boolean;
                                responses?: number;
                                slate: {
                                    id: number;
                                    orgId: number;
                                    orgName: string;
                                    title: string;
                                    year: number;
                                };
                                /** @description scheduled | open | closed */
                                state: string;
                                stateName: {
                                    en: string;
                                    zh: string;
                                };
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start a satisfaction survey on a whole list
         * @description Permission: `projects.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audienceOrgId?: number;
                        closesOn: string;
                        /** @default  */
                        intro?: string;
                        opensOn: string;
                        questions: {
                            /** @enum {string} */
                            kind: "single" | "multiple" | "rating" | "text";
                            /** @default [] */
                            options?: string[];
                            prompt: string;
                            /** @default true */
                            required?: boolean;
                        }[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                delete: boolean;
                                editQuestions: boolean;
                                moderate: boolean;
                                respond: boolean;
                                results: boolean;
                                update: boolean;
                            };
                            audience: {
                                orgId: number;
                                orgName: string;
                            };
                            closesOn: string;
                            id: number;
                            intro: string | null;
                            opensOn: string;
                            project: {
                                id: number;
                                no: number | null;
                                title: string | null;
                            } | null;
                            questions: {
                                id: number;
                                /** @enum {string} */
                                kind: "single" | "multiple" | "rating" | "text";
                                kindName: {
                                    en: string;
                                    zh: string;
                                };
                                options: string[];
                                position: number;
                                prompt: string;
                                required: boolean;
                            }[];
                            responded: boolean;
                            responses?: number;
                            slate: {
                                id: number;
                                orgId: number;
                                orgName: string;
                                title: string;
                                year: number;
                            };
                            /** @description scheduled | open | closed */
                            state: string;
                            stateName: {
                                en: string;
                                zh: string;
                            };
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/slates/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly lists (slates) as .xlsx with the same filters and scope, in the page’s columns
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: {
                    orgId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
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
        /**
         * A survey with its questions (officers in scope; members of its audience)
         * @description Permission: `projects.read` or `consultation.take-part`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                delete: boolean;
                                editQuestions: boolean;
                                moderate: boolean;
                                respond: boolean;
                                results: boolean;
                                update: boolean;
                            };
                            audience: {
                                orgId: number;
                                orgName: string;
                            };
                            closesOn: string;
                            id: number;
                            intro: string | null;
                            opensOn: string;
                            project: {
                                id: number;
                                no: number | null;
                                title: string | null;
                            } | null;
                            questions: {
                                id: number;
                                /** @enum {string} */
                                kind: "single" | "multiple" | "rating" | "text";
                                kindName: {
                                    en: string;
                                    zh: string;
                                };
                                options: string[];
                                position: number;
                                prompt: string;
                                required: boolean;
                            }[];
                            responded: boolean;
                            responses?: number;
                            slate: {
                                id: number;
                                orgId: number;
                                orgName: string;
                                title: string;
                                year: number;
                            };
                            /** @description scheduled | open | closed */
                            state: string;
                            stateName: {
                                en: string;
                                zh: string;
                            };
                            title: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a survey no one has answered (409 once responses are in)
         * @description Permission: `projects.write`
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deleted: boolean;
                            id: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change title, intro or dates; questions only while no response is in
         * @description Permission: `projects.write`
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        closesOn?: string;
                        intro?: string;
                        opensOn?: string;
                        questions?: {
                            /** @enum {string} */
                            kind: "single" | "multiple" | "rating" | "text";
                            /** @default [] */
                            options?: string[];
                            prompt: string;
                            /** @default true */
                            required?: boolean;
                        }[];
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                delete: boolean;
                                editQuestions: boolean;
                                moderate: boolean;
                                respond: boolean;
                                results: boolean;
                                update: boolean;
                            };
                            audience: {
                                orgId: number;
                                orgName: string;
                            };
                            closesOn: string;
                            id: number;
                            intro: string | null;
                            opensOn: string;
                            project: {
                                id: number;
                                no: number | null;
                                title: string | null;
                            } | null;
                            questions: {
                                id: number;
                                /** @enum {string} */
                                kind: "single" | "multiple" | "rating" | "text";
                                kindName: {
                                    en: string;
                                    zh: string;
                                };
                                options: string[];
                                position: number;
                                prompt: string;
                                required: boolean;
                            }[];
                            responded: boolean;
                            responses?: number;
                            slate: {
                                id: number;
                                orgId: number;
                                orgName: string;
                                title: string;
                                year: number;
                            };
                            /** @description scheduled | open | closed */
                            state: string;
                            stateName: {
                                en: string;
                                zh: string;
                            };
                            title: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/surveys/{id}/answers/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a free-text answer (moderation, with a reason; audited)
         * @description Permission: `projects.write`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        questionId: number;
                        reason: string;
                        /** Format: uuid */
                        responseId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hidden: boolean;
                            hiddenReason: string;
                            questionId: number;
                            responseId: string;
                            surveyId: number;
                        };
                    };
                };
            };
        };
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
        get?: never;
        put?: never;
        /**
         * Answer a survey (members of its audience, while open, once per account; anonymous)
         * @description Permission: `consultation.take-part`
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            choice?: number;
                            choices?: number[];
                            questionId: number;
                            rating?: number;
                            text?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            received: boolean;
                            submittedOn: string;
                            surveyId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Results per question (counts, averages, distributions, ECharts options) and free-text answers; a regional union sees its own members’ part
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            questions: unknown[];
                            regions: unknown[];
                            responses: number;
                            /** @description all | own-region */
                            scope: string;
                            suppressed: boolean;
                            survey: {
                                id: number;
                                title: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Results as .xlsx (overview, per question, free-text answers)
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a target nothing refers to (409 names allocations, reports, sub-targets)
         * @description Permission: `projects.write`
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deleted: boolean;
                            id: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a target (indicator, unit, planned value, weight, note); not below what is allocated
         * @description Permission: `projects.write`
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        actualFrom?: "reports" | "approved-applications" | "paid-applications" | "deliveries";
                        indicator?: string;
                        note?: string | null;
                        plannedValue?: number;
                        unit?: string;
                        weight?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actualFrom: string;
                            id: number;
                            indicator: string;
                            note: string | null;
                            parentTargetId: number | null;
                            plannedValue: number;
                            projectId: number;
                            unit: string;
                            weight: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/targets/{id}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How a target is split (the owner sees all; a union its share and below)
         * @description Permission: `projects.read`
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allocated?: number;
                            items: {
                                abilities: {
                                    split: boolean;
                                };
                                allocationNo: number | null;
                                id: number;
                                orgId: number;
                                orgName: string;
                                parentOrgId: number | null;
                                plannedValue: number;
                                shortName: string | null;
                                splitDown: number;
                                unallocated: number;
                            }[];
                            mismatch?: boolean;
                            target: {
                                id: number;
                                indicator: string;
                                plannedValue: number;
                                projectId: number;
                                unit: string;
                            };
                            unallocated?: number;
                        };
                    };
                };
            };
        };
        /**
         * Split a target (or my share of it, parentOrgId) across unions below
         * @description Permission: `projects.write`
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentOrgId?: number;
                        rows: {
                            orgId: number;
                            value: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allocated: number;
                            parentOrgId: number;
                            rows: number;
                            share: number;
                            targetId: number;
                            unallocated: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/{id}/allocations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a split from .xlsx/.csv (union, count): must add up to the target, else nothing is written
         * @description Permission: `projects.write`
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                    parentOrgId?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            expected: number;
                            items: {
                                name: string;
                                orgId: number;
                                row: number;
                                value: number;
                            }[];
                            parentOrgId: number;
                            rows: number;
                            sum: number;
                            targetId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/{id}/allocations/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Blank allocation table (.xlsx) listing the unions below
         * @description Permission: `projects.write`
         */
        get: {
            parameters: {
                query?: {
                    parentOrgId?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description binary file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
