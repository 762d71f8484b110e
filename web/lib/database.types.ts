export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  public: {
    Tables: {
      accounts: {
        Row: {
          created_at: string
          locale: string
          muted_until: string | null
          status: Database["public"]["Enums"]["account_status"]
          terms_accepted_at: string | null
          terms_version: string | null
          time_zone: string
          updated_at: string
          user_id: string
        }
        Insert: {
          created_at?: string
          locale?: string
          muted_until?: string | null
          status?: Database["public"]["Enums"]["account_status"]
          terms_accepted_at?: string | null
          terms_version?: string | null
          time_zone?: string
          updated_at?: string
          user_id: string
        }
        Update: {
          created_at?: string
          locale?: string
          muted_until?: string | null
          status?: Database["public"]["Enums"]["account_status"]
          terms_accepted_at?: string | null
          terms_version?: string | null
          time_zone?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "accounts_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: true
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      audit_log: {
        Row: {
          action: string
          actor_id: string | null
          created_at: string
          details: NonNullable<Json>
          id: number
          target_id: string
          target_table: string
        }
        Insert: {
          action: string
          actor_id?: string | null
          created_at?: string
          details?: NonNullable<Json>
          id?: never
          target_id: string
          target_table: string
        }
        Update: {
          action?: string
          actor_id?: string | null
          created_at?: string
          details?: NonNullable<Json>
          id?: never
          target_id?: string
          target_table?: string
        }
        Relationships: []
      }
      comments: {
        Row: {
          author_id: string
          body: string
          created_at: string
          edited_at: string | null
          hidden: boolean
          id: string
          post_id: string
          removal_reason: string | null
        }
        Insert: {
          author_id?: string
          body: string
          created_at?: string
          edited_at?: string | null
          hidden?: boolean
          id?: string
          post_id: string
          removal_reason?: string | null
        }
        Update: {
          author_id?: string
          body?: string
          created_at?: string
          edited_at?: string | null
          hidden?: boolean
          id?: string
          post_id?: string
          removal_reason?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "comments_author_id_fkey"
            columns: ["author_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "comments_post_id_fkey"
            columns: ["post_id"]
            isOneToOne: false
            referencedRelation: "feed_posts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "comments_post_id_fkey"
            columns: ["post_id"]
            isOneToOne: false
            referencedRelation: "posts"
            referencedColumns: ["id"]
          },
        ]
      }
      document_expiry_reminders_sent: {
        Row: {
          created_at: string
          document_id: string
          lead: string
          user_id: string
        }
        Insert: {
          created_at?: string
          document_id: string
          lead: string
          user_id: string
        }
        Update: {
          created_at?: string
          document_id?: string
          lead?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "document_expiry_reminders_sent_document_id_fkey"
            columns: ["document_id"]
            isOneToOne: false
            referencedRelation: "documents"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "document_expiry_reminders_sent_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      document_kinds: {
        Row: {
          code: string
          label: string
          label_en: string
          validity_months: number | null
        }
        Insert: {
          code: string
          label: string
          label_en: string
          validity_months?: number | null
        }
        Update: {
          code?: string
          label?: string
          label_en?: string
          validity_months?: number | null
        }
        Relationships: []
      }
      documents: {
        Row: {
          created_at: string
          dossier_id: string
          expires_on: string | null
          file_name: string
          id: string
          kind: string | null
          mime_type: string
          rejection_reason: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          size_bytes: number
          status: Database["public"]["Enums"]["document_status"]
          storage_path: string | null
          updated_at: string
          uploaded_by: string
        }
        Insert: {
          created_at?: string
          dossier_id: string
          expires_on?: string | null
          file_name: string
          id?: string
          kind?: string | null
          mime_type: string
          rejection_reason?: string | null
          reviewed_at?: string | null
          reviewed_by?: string | null
          size_bytes: number
          status?: Database["public"]["Enums"]["document_status"]
          storage_path?: never
          updated_at?: string
          uploaded_by?: string
        }
        Update: {
          created_at?: string
          dossier_id?: string
          expires_on?: string | null
          file_name?: string
          id?: string
          kind?: string | null
          mime_type?: string
          rejection_reason?: string | null
          reviewed_at?: string | null
          reviewed_by?: string | null
          size_bytes?: number
          status?: Database["public"]["Enums"]["document_status"]
          storage_path?: never
          updated_at?: string
          uploaded_by?: string
        }
        Relationships: [
          {
            foreignKeyName: "documents_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossiers"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "documents_kind_fkey"
            columns: ["kind"]
            isOneToOne: false
            referencedRelation: "document_kinds"
            referencedColumns: ["code"]
          },
          {
            foreignKeyName: "documents_reviewed_by_fkey"
            columns: ["reviewed_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "documents_uploaded_by_fkey"
            columns: ["uploaded_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      dossier_status_history: {
        Row: {
          changed_by: string | null
          created_at: string
          dossier_id: string
          from_status: Database["public"]["Enums"]["dossier_status"] | null
          id: number
          note: string | null
          to_status: Database["public"]["Enums"]["dossier_status"]
        }
        Insert: {
          changed_by?: string | null
          created_at?: string
          dossier_id: string
          from_status?: Database["public"]["Enums"]["dossier_status"] | null
          id?: never
          note?: string | null
          to_status: Database["public"]["Enums"]["dossier_status"]
        }
        Update: {
          changed_by?: string | null
          created_at?: string
          dossier_id?: string
          from_status?: Database["public"]["Enums"]["dossier_status"] | null
          id?: never
          note?: string | null
          to_status?: Database["public"]["Enums"]["dossier_status"]
        }
        Relationships: [
          {
            foreignKeyName: "dossier_status_history_changed_by_fkey"
            columns: ["changed_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "dossier_status_history_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossiers"
            referencedColumns: ["id"]
          },
        ]
      }
      dossiers: {
        Row: {
          candidate_id: string
          candidate_unread_count: number
          created_at: string
          decided_at: string | null
          description: string
          id: string
          pro_id: string | null
          pro_unread_count: number
          program_type: Database["public"]["Enums"]["program_type"]
          status: Database["public"]["Enums"]["dossier_status"]
          submitted_at: string | null
          title: string
          updated_at: string
        }
        Insert: {
          candidate_id?: string
          candidate_unread_count?: number
          created_at?: string
          decided_at?: string | null
          description?: string
          id?: string
          pro_id?: string | null
          pro_unread_count?: number
          program_type: Database["public"]["Enums"]["program_type"]
          status?: Database["public"]["Enums"]["dossier_status"]
          submitted_at?: string | null
          title: string
          updated_at?: string
        }
        Update: {
          candidate_id?: string
          candidate_unread_count?: number
          created_at?: string
          decided_at?: string | null
          description?: string
          id?: string
          pro_id?: string | null
          pro_unread_count?: number
          program_type?: Database["public"]["Enums"]["program_type"]
          status?: Database["public"]["Enums"]["dossier_status"]
          submitted_at?: string | null
          title?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "dossiers_candidate_id_fkey"
            columns: ["candidate_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "dossiers_pro_id_fkey"
            columns: ["pro_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      email_outbox: {
        Row: {
          attempts: number
          created_at: string
          dedupe_key: string | null
          email_kind: Database["public"]["Enums"]["email_kind"]
          id: number
          last_error: string | null
          locked_at: string | null
          next_attempt_at: string
          payload: NonNullable<Json>
          sent_at: string | null
          status: Database["public"]["Enums"]["email_status"]
          template: Database["public"]["Enums"]["notification_kind"]
          to_email: string
          user_id: string | null
        }
        Insert: {
          attempts?: number
          created_at?: string
          dedupe_key?: string | null
          email_kind?: never
          id?: never
          last_error?: string | null
          locked_at?: string | null
          next_attempt_at?: string
          payload?: NonNullable<Json>
          sent_at?: string | null
          status?: Database["public"]["Enums"]["email_status"]
          template: Database["public"]["Enums"]["notification_kind"]
          to_email: string
          user_id?: string | null
        }
        Update: {
          attempts?: number
          created_at?: string
          dedupe_key?: string | null
          email_kind?: never
          id?: never
          last_error?: string | null
          locked_at?: string | null
          next_attempt_at?: string
          payload?: NonNullable<Json>
          sent_at?: string | null
          status?: Database["public"]["Enums"]["email_status"]
          template?: Database["public"]["Enums"]["notification_kind"]
          to_email?: string
          user_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "email_outbox_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      email_preferences: {
        Row: {
          enabled: boolean
          kind: Database["public"]["Enums"]["email_kind"]
          updated_at: string
          user_id: string
        }
        Insert: {
          enabled: boolean
          kind: Database["public"]["Enums"]["email_kind"]
          updated_at?: string
          user_id?: string
        }
        Update: {
          enabled?: boolean
          kind?: Database["public"]["Enums"]["email_kind"]
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "email_preferences_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      event_join_links: {
        Row: {
          event_id: string
          join_url: string
        }
        Insert: {
          event_id: string
          join_url: string
        }
        Update: {
          event_id?: string
          join_url?: string
        }
        Relationships: [
          {
            foreignKeyName: "event_join_links_event_id_fkey"
            columns: ["event_id"]
            isOneToOne: true
            referencedRelation: "events"
            referencedColumns: ["id"]
          },
        ]
      }
      event_registrations: {
        Row: {
          created_at: string
          event_id: string
          id: number
          promoted_at: string | null
          status: Database["public"]["Enums"]["registration_status"]
          user_id: string
        }
        Insert: {
          created_at?: string
          event_id: string
          id?: never
          promoted_at?: string | null
          status: Database["public"]["Enums"]["registration_status"]
          user_id: string
        }
        Update: {
          created_at?: string
          event_id?: string
          id?: never
          promoted_at?: string | null
          status?: Database["public"]["Enums"]["registration_status"]
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "event_registrations_event_id_fkey"
            columns: ["event_id"]
            isOneToOne: false
            referencedRelation: "events"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_registrations_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      event_reminders_sent: {
        Row: {
          created_at: string
          event_id: string
          lead: string
          user_id: string
        }
        Insert: {
          created_at?: string
          event_id: string
          lead: string
          user_id: string
        }
        Update: {
          created_at?: string
          event_id?: string
          lead?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "event_reminders_sent_event_id_fkey"
            columns: ["event_id"]
            isOneToOne: false
            referencedRelation: "events"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_reminders_sent_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      events: {
        Row: {
          cancellation_reason: string | null
          capacity: number | null
          created_at: string
          created_by: string | null
          description: string
          ends_at: string
          id: string
          registered_count: number
          replay_url: string | null
          starts_at: string
          status: Database["public"]["Enums"]["event_status"]
          title: string
          updated_at: string
          waitlist_count: number
        }
        Insert: {
          cancellation_reason?: string | null
          capacity?: number | null
          created_at?: string
          created_by?: string | null
          description?: string
          ends_at: string
          id?: string
          registered_count?: number
          replay_url?: string | null
          starts_at: string
          status?: Database["public"]["Enums"]["event_status"]
          title: string
          updated_at?: string
          waitlist_count?: number
        }
        Update: {
          cancellation_reason?: string | null
          capacity?: number | null
          created_at?: string
          created_by?: string | null
          description?: string
          ends_at?: string
          id?: string
          registered_count?: number
          replay_url?: string | null
          starts_at?: string
          status?: Database["public"]["Enums"]["event_status"]
          title?: string
          updated_at?: string
          waitlist_count?: number
        }
        Relationships: [
          {
            foreignKeyName: "events_created_by_fkey"
            columns: ["created_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      messages: {
        Row: {
          attachment_document_id: string | null
          body: string
          created_at: string
          dossier_id: string
          id: string
          read_at: string | null
          sender_id: string
        }
        Insert: {
          attachment_document_id?: string | null
          body: string
          created_at?: string
          dossier_id: string
          id?: string
          read_at?: string | null
          sender_id?: string
        }
        Update: {
          attachment_document_id?: string | null
          body?: string
          created_at?: string
          dossier_id?: string
          id?: string
          read_at?: string | null
          sender_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "messages_attachment_same_dossier"
            columns: ["attachment_document_id", "dossier_id"]
            isOneToOne: false
            referencedRelation: "documents"
            referencedColumns: ["id", "dossier_id"]
          },
          {
            foreignKeyName: "messages_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossiers"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "messages_sender_id_fkey"
            columns: ["sender_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      notifications: {
        Row: {
          body: string
          created_at: string
          data: NonNullable<Json>
          id: string
          kind: Database["public"]["Enums"]["notification_kind"]
          link: string | null
          read_at: string | null
          title: string
          user_id: string
        }
        Insert: {
          body?: string
          created_at?: string
          data?: NonNullable<Json>
          id?: string
          kind: Database["public"]["Enums"]["notification_kind"]
          link?: string | null
          read_at?: string | null
          title: string
          user_id: string
        }
        Update: {
          body?: string
          created_at?: string
          data?: NonNullable<Json>
          id?: string
          kind?: Database["public"]["Enums"]["notification_kind"]
          link?: string | null
          read_at?: string | null
          title?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "notifications_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      post_likes: {
        Row: {
          created_at: string
          post_id: string
          user_id: string
        }
        Insert: {
          created_at?: string
          post_id: string
          user_id?: string
        }
        Update: {
          created_at?: string
          post_id?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "post_likes_post_id_fkey"
            columns: ["post_id"]
            isOneToOne: false
            referencedRelation: "feed_posts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "post_likes_post_id_fkey"
            columns: ["post_id"]
            isOneToOne: false
            referencedRelation: "posts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "post_likes_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      posts: {
        Row: {
          author_id: string
          body: string
          category: Database["public"]["Enums"]["post_category"]
          comment_count: number
          created_at: string
          edited_at: string | null
          hidden: boolean
          id: string
          like_count: number
          pinned: boolean
          removal_reason: string | null
          search_vector: unknown
          title: string | null
        }
        Insert: {
          author_id?: string
          body: string
          category?: Database["public"]["Enums"]["post_category"]
          comment_count?: number
          created_at?: string
          edited_at?: string | null
          hidden?: boolean
          id?: string
          like_count?: number
          pinned?: boolean
          removal_reason?: string | null
          search_vector?: never
          title?: string | null
        }
        Update: {
          author_id?: string
          body?: string
          category?: Database["public"]["Enums"]["post_category"]
          comment_count?: number
          created_at?: string
          edited_at?: string | null
          hidden?: boolean
          id?: string
          like_count?: number
          pinned?: boolean
          removal_reason?: string | null
          search_vector?: never
          title?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      profiles: {
        Row: {
          avatar_path: string | null
          bio: string
          created_at: string
          full_name: string
          id: string
          licence_number: string | null
          role: Database["public"]["Enums"]["user_role"]
          updated_at: string
        }
        Insert: {
          avatar_path?: string | null
          bio?: string
          created_at?: string
          full_name: string
          id: string
          licence_number?: string | null
          role?: Database["public"]["Enums"]["user_role"]
          updated_at?: string
        }
        Update: {
          avatar_path?: string | null
          bio?: string
          created_at?: string
          full_name?: string
          id?: string
          licence_number?: string | null
          role?: Database["public"]["Enums"]["user_role"]
          updated_at?: string
        }
        Relationships: []
      }
      program_requirements: {
        Row: {
          kind: string
          position: number
          program_type: Database["public"]["Enums"]["program_type"]
        }
        Insert: {
          kind: string
          position: number
          program_type: Database["public"]["Enums"]["program_type"]
        }
        Update: {
          kind?: string
          position?: number
          program_type?: Database["public"]["Enums"]["program_type"]
        }
        Relationships: [
          {
            foreignKeyName: "program_requirements_kind_fkey"
            columns: ["kind"]
            isOneToOne: false
            referencedRelation: "document_kinds"
            referencedColumns: ["code"]
          },
        ]
      }
      reports: {
        Row: {
          comment_id: string | null
          created_at: string
          details: string
          id: string
          post_id: string | null
          reason: Database["public"]["Enums"]["report_reason"]
          reporter_id: string
          resolution_note: string | null
          resolved_at: string | null
          resolved_by: string | null
          status: Database["public"]["Enums"]["report_status"]
          weight: number
        }
        Insert: {
          comment_id?: string | null
          created_at?: string
          details?: string
          id?: string
          post_id?: string | null
          reason: Database["public"]["Enums"]["report_reason"]
          reporter_id?: string
          resolution_note?: string | null
          resolved_at?: string | null
          resolved_by?: string | null
          status?: Database["public"]["Enums"]["report_status"]
          weight?: number
        }
        Update: {
          comment_id?: string | null
          created_at?: string
          details?: string
          id?: string
          post_id?: string | null
          reason?: Database["public"]["Enums"]["report_reason"]
          reporter_id?: string
          resolution_note?: string | null
          resolved_at?: string | null
          resolved_by?: string | null
          status?: Database["public"]["Enums"]["report_status"]
          weight?: number
        }
        Relationships: [
          {
            foreignKeyName: "reports_comment_id_fkey"
            columns: ["comment_id"]
            isOneToOne: false
            referencedRelation: "comments"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "reports_post_id_fkey"
            columns: ["post_id"]
            isOneToOne: false
            referencedRelation: "feed_posts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "reports_post_id_fkey"
            columns: ["post_id"]
            isOneToOne: false
            referencedRelation: "posts"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "reports_reporter_id_fkey"
            columns: ["reporter_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "reports_resolved_by_fkey"
            columns: ["resolved_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      task_events: {
        Row: {
          actor_id: string | null
          created_at: string
          dossier_id: string
          event: string
          id: number
          note: string | null
          task_id: string
        }
        Insert: {
          actor_id?: string | null
          created_at?: string
          dossier_id: string
          event: string
          id?: never
          note?: string | null
          task_id: string
        }
        Update: {
          actor_id?: string | null
          created_at?: string
          dossier_id?: string
          event?: string
          id?: never
          note?: string | null
          task_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "task_events_actor_id_fkey"
            columns: ["actor_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "task_events_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossiers"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "task_events_task_id_fkey"
            columns: ["task_id"]
            isOneToOne: false
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
        ]
      }
      task_reminders_sent: {
        Row: {
          created_at: string
          lead: string
          task_id: string
        }
        Insert: {
          created_at?: string
          lead: string
          task_id: string
        }
        Update: {
          created_at?: string
          lead?: string
          task_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "task_reminders_sent_task_id_fkey"
            columns: ["task_id"]
            isOneToOne: false
            referencedRelation: "tasks"
            referencedColumns: ["id"]
          },
        ]
      }
      tasks: {
        Row: {
          assignee_id: string
          closed_at: string | null
          created_at: string
          created_by: string | null
          document_id: string | null
          document_kind: string | null
          dossier_id: string
          due_on: string | null
          id: string
          note: string
          reason: string | null
          status: Database["public"]["Enums"]["task_status"]
          title: string
          updated_at: string
        }
        Insert: {
          assignee_id: string
          closed_at?: string | null
          created_at?: string
          created_by?: string | null
          document_id?: string | null
          document_kind?: string | null
          dossier_id: string
          due_on?: string | null
          id?: string
          note?: string
          reason?: string | null
          status?: Database["public"]["Enums"]["task_status"]
          title: string
          updated_at?: string
        }
        Update: {
          assignee_id?: string
          closed_at?: string | null
          created_at?: string
          created_by?: string | null
          document_id?: string | null
          document_kind?: string | null
          dossier_id?: string
          due_on?: string | null
          id?: string
          note?: string
          reason?: string | null
          status?: Database["public"]["Enums"]["task_status"]
          title?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "tasks_assignee_id_fkey"
            columns: ["assignee_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_created_by_fkey"
            columns: ["created_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_document_id_fkey"
            columns: ["document_id"]
            isOneToOne: false
            referencedRelation: "documents"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "tasks_document_kind_fkey"
            columns: ["document_kind"]
            isOneToOne: false
            referencedRelation: "document_kinds"
            referencedColumns: ["code"]
          },
          {
            foreignKeyName: "tasks_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossiers"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Views: {
      constraint_messages: {
        Row: {
          constraint_name: string | null
          message: string | null
        }
        Relationships: []
      }
      feed_posts: {
        Row: {
          author_avatar_path: string | null
          author_id: string | null
          author_name: string | null
          author_role: Database["public"]["Enums"]["user_role"] | null
          body: string | null
          category: Database["public"]["Enums"]["post_category"] | null
          comment_count: number | null
          created_at: string | null
          edited_at: string | null
          hidden: boolean | null
          id: string | null
          like_count: number | null
          liked_by_me: boolean | null
          pinned: boolean | null
          title: string | null
        }
        Relationships: [
          {
            foreignKeyName: "posts_author_id_fkey"
            columns: ["author_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Functions: {
      accept_terms: { Args: { version: string }; Returns: undefined }
      admin_analytics: { Args: Record<PropertyKey, never>; Returns: Json }
      admin_list_users: {
        Args: { page?: number; page_size?: number; search?: string }
        Returns: {
          created_at: string
          email: string
          full_name: string
          id: string
          last_sign_in_at: string
          role: Database["public"]["Enums"]["user_role"]
          status: Database["public"]["Enums"]["account_status"]
          total_count: number
        }[]
      }
      assign_dossier: {
        Args: { dossier_id: string; pro_id: string }
        Returns: {
          candidate_id: string
          candidate_unread_count: number
          created_at: string
          decided_at: string | null
          description: string
          id: string
          pro_id: string | null
          pro_unread_count: number
          program_type: Database["public"]["Enums"]["program_type"]
          status: Database["public"]["Enums"]["dossier_status"]
          submitted_at: string | null
          title: string
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "dossiers"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      cancel_event: {
        Args: { event_id: string; reason: string }
        Returns: {
          cancellation_reason: string | null
          capacity: number | null
          created_at: string
          created_by: string | null
          description: string
          ends_at: string
          id: string
          registered_count: number
          replay_url: string | null
          starts_at: string
          status: Database["public"]["Enums"]["event_status"]
          title: string
          updated_at: string
          waitlist_count: number
        }
        SetofOptions: {
          from: "*"
          to: "events"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      cancel_task: {
        Args: { reason?: string; task_id: string }
        Returns: {
          assignee_id: string
          closed_at: string | null
          created_at: string
          created_by: string | null
          document_id: string | null
          document_kind: string | null
          dossier_id: string
          due_on: string | null
          id: string
          note: string
          reason: string | null
          status: Database["public"]["Enums"]["task_status"]
          title: string
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "tasks"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      change_dossier_status: {
        Args: {
          dossier_id: string
          note?: string
          to_status: Database["public"]["Enums"]["dossier_status"]
        }
        Returns: {
          candidate_id: string
          candidate_unread_count: number
          created_at: string
          decided_at: string | null
          description: string
          id: string
          pro_id: string | null
          pro_unread_count: number
          program_type: Database["public"]["Enums"]["program_type"]
          status: Database["public"]["Enums"]["dossier_status"]
          submitted_at: string | null
          title: string
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "dossiers"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      claim_email_batch: {
        Args: { batch_size?: number; lease?: string; max_attempts?: number }
        Returns: {
          attempts: number
          created_at: string
          dedupe_key: string | null
          email_kind: Database["public"]["Enums"]["email_kind"]
          id: number
          last_error: string | null
          locked_at: string | null
          next_attempt_at: string
          payload: NonNullable<Json>
          sent_at: string | null
          status: Database["public"]["Enums"]["email_status"]
          template: Database["public"]["Enums"]["notification_kind"]
          to_email: string
          user_id: string | null
        }[]
        SetofOptions: {
          from: "*"
          to: "email_outbox"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      complete_ended_events: {
        Args: Record<PropertyKey, never>
        Returns: number
      }
      complete_task: {
        Args: { task_id: string }
        Returns: {
          assignee_id: string
          closed_at: string | null
          created_at: string
          created_by: string | null
          document_id: string | null
          document_kind: string | null
          dossier_id: string
          due_on: string | null
          id: string
          note: string
          reason: string | null
          status: Database["public"]["Enums"]["task_status"]
          title: string
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "tasks"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      create_task: {
        Args: {
          assignee_id?: string
          document_kind?: string
          dossier_id: string
          due_on?: string
          note?: string
          title: string
        }
        Returns: {
          assignee_id: string
          closed_at: string | null
          created_at: string
          created_by: string | null
          document_id: string | null
          document_kind: string | null
          dossier_id: string
          due_on: string | null
          id: string
          note: string
          reason: string | null
          status: Database["public"]["Enums"]["task_status"]
          title: string
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "tasks"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      dossier_checklist: {
        Args: { dossier_id: string }
        Returns: {
          document_id: string
          expires_on: string
          kind: string
          label: string
          state: string
          validity_months: number
        }[]
      }
      dossier_next_step: {
        Args: { dossier_id: string }
        Returns: {
          action: string
          actor: string
          documents: string[]
          due_on: string
          task_id: string
          task_title: string
        }[]
      }
      dossier_readiness: { Args: { dossier_id: string }; Returns: number }
      email_unsubscribe_tokens: {
        Args: { user_ids: string[] }
        Returns: {
          token: string
          user_id: string
        }[]
      }
      enqueue_event_reminders: {
        Args: Record<PropertyKey, never>
        Returns: number
      }
      enqueue_task_reminders: { Args: { as_of?: string }; Returns: number }
      erase_my_account: { Args: { confirmation: string }; Returns: undefined }
      event_attendees: {
        Args: { event_id: string }
        Returns: {
          email: string
          full_name: string
          registered_at: string
          status: Database["public"]["Enums"]["registration_status"]
          user_id: string
          waitlist_position: number
        }[]
      }
      event_waitlist_position: { Args: { event_id: string }; Returns: number }
      export_my_data: { Args: Record<PropertyKey, never>; Returns: Json }
      inside_feed: {
        Args: {
          before_created_at?: string
          before_id?: string
          category?: Database["public"]["Enums"]["post_category"]
          page_size?: number
        }
        Returns: {
          author_avatar_path: string | null
          author_id: string | null
          author_name: string | null
          author_role: Database["public"]["Enums"]["user_role"] | null
          body: string | null
          category: Database["public"]["Enums"]["post_category"] | null
          comment_count: number | null
          created_at: string | null
          edited_at: string | null
          hidden: boolean | null
          id: string | null
          like_count: number | null
          liked_by_me: boolean | null
          pinned: boolean | null
          title: string | null
        }[]
        SetofOptions: {
          from: "*"
          to: "feed_posts"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      mark_all_notifications_read: {
        Args: Record<PropertyKey, never>
        Returns: number
      }
      mark_dossier_messages_read: {
        Args: { dossier_id: string }
        Returns: number
      }
      mark_email_failed: {
        Args: { email_id: number; error: string; max_attempts?: number }
        Returns: Database["public"]["Enums"]["email_status"]
      }
      mark_email_sent: { Args: { email_id: number }; Returns: undefined }
      mute_member: {
        Args: { muted_until: string; user_id: string }
        Returns: {
          created_at: string
          locale: string
          muted_until: string | null
          status: Database["public"]["Enums"]["account_status"]
          terms_accepted_at: string | null
          terms_version: string | null
          time_zone: string
          updated_at: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "accounts"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      my_local_time: { Args: { at: string }; Returns: string }
      my_next_steps: {
        Args: Record<PropertyKey, never>
        Returns: {
          action: string
          actor: string
          candidate_name: string
          documents: string[]
          dossier_id: string
          due_on: string
          pro_name: string
          status: Database["public"]["Enums"]["dossier_status"]
          task_id: string
          task_title: string
          title: string
        }[]
      }
      pro_reply_minutes: { Args: { pro_id: string }; Returns: number }
      register_for_event: {
        Args: { event_id: string }
        Returns: {
          created_at: string
          event_id: string
          id: number
          promoted_at: string | null
          status: Database["public"]["Enums"]["registration_status"]
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "event_registrations"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      reopen_task: {
        Args: { reason?: string; task_id: string }
        Returns: {
          assignee_id: string
          closed_at: string | null
          created_at: string
          created_by: string | null
          document_id: string | null
          document_kind: string | null
          dossier_id: string
          due_on: string | null
          id: string
          note: string
          reason: string | null
          status: Database["public"]["Enums"]["task_status"]
          title: string
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "tasks"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      resolve_report: {
        Args: {
          decision: Database["public"]["Enums"]["report_status"]
          mute_days?: number
          note?: string
          report_id: string
        }
        Returns: number
      }
      review_document: {
        Args: {
          decision: Database["public"]["Enums"]["document_status"]
          document_id: string
          reason?: string
        }
        Returns: {
          created_at: string
          dossier_id: string
          expires_on: string | null
          file_name: string
          id: string
          kind: string | null
          mime_type: string
          rejection_reason: string | null
          reviewed_at: string | null
          reviewed_by: string | null
          size_bytes: number
          status: Database["public"]["Enums"]["document_status"]
          storage_path: string | null
          updated_at: string
          uploaded_by: string
        }
        SetofOptions: {
          from: "*"
          to: "documents"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      search_posts: {
        Args: { max_results?: number; query: string }
        Returns: {
          post: Database["public"]["Views"]["feed_posts"]["Row"]
          rank: number
        }[]
      }
      set_account_status: {
        Args: {
          status: Database["public"]["Enums"]["account_status"]
          user_id: string
        }
        Returns: {
          created_at: string
          locale: string
          muted_until: string | null
          status: Database["public"]["Enums"]["account_status"]
          terms_accepted_at: string | null
          terms_version: string | null
          time_zone: string
          updated_at: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "accounts"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      set_email_preference: {
        Args: {
          enabled: boolean
          kind: Database["public"]["Enums"]["email_kind"]
        }
        Returns: undefined
      }
      set_licence_number: {
        Args: { licence_number: string; pro_id: string }
        Returns: string
      }
      set_post_pinned: {
        Args: { pinned: boolean; post_id: string }
        Returns: {
          author_id: string
          body: string
          category: Database["public"]["Enums"]["post_category"]
          comment_count: number
          created_at: string
          edited_at: string | null
          hidden: boolean
          id: string
          like_count: number
          pinned: boolean
          removal_reason: string | null
          search_vector: unknown
          title: string | null
        }
        SetofOptions: {
          from: "*"
          to: "posts"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      set_user_role: {
        Args: {
          role: Database["public"]["Enums"]["user_role"]
          user_id: string
        }
        Returns: {
          avatar_path: string | null
          bio: string
          created_at: string
          full_name: string
          id: string
          licence_number: string | null
          role: Database["public"]["Enums"]["user_role"]
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "profiles"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      unregister_from_event: { Args: { event_id: string }; Returns: undefined }
      unsubscribe_email: {
        Args: { kind: Database["public"]["Enums"]["email_kind"]; token: string }
        Returns: undefined
      }
      unsubscribe_recipient: { Args: { token: string }; Returns: string }
    }
    Enums: {
      account_status: "active" | "suspended"
      document_status: "pending" | "approved" | "rejected"
      dossier_status:
        | "draft"
        | "submitted"
        | "in_review"
        | "action_required"
        | "approved"
        | "rejected"
        | "closed"
      email_kind:
        | "security"
        | "account"
        | "messages"
        | "dossiers"
        | "tasks"
        | "events"
        | "community"
      email_status: "pending" | "sending" | "sent" | "dead" | "cancelled"
      event_status: "scheduled" | "cancelled" | "completed"
      notification_kind:
        | "message_received"
        | "document_reviewed"
        | "dossier_status_changed"
        | "event_registered"
        | "event_waitlisted"
        | "event_promoted"
        | "event_cancelled"
        | "event_reminder"
        | "post_reply"
        | "post_liked"
        | "task_assigned"
        | "task_reminder"
        | "task_overdue"
        | "document_expiring"
        | "account_suspended"
      post_category:
        | "general"
        | "express_entry"
        | "quebec"
        | "study"
        | "work"
        | "family"
        | "settlement"
      program_type:
        | "express_entry"
        | "quebec_skilled_worker"
        | "study_permit"
        | "work_permit"
        | "family_sponsorship"
        | "visitor_visa"
        | "citizenship"
      registration_status: "registered" | "waitlisted"
      report_reason:
        | "spam"
        | "harassment"
        | "misinformation"
        | "off_topic"
        | "other"
      report_status: "open" | "kept" | "removed"
      task_status: "open" | "submitted" | "done" | "cancelled"
      user_role: "candidate" | "pro" | "admin"
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {
      account_status: ["active", "suspended"],
      document_status: ["pending", "approved", "rejected"],
      dossier_status: [
        "draft",
        "submitted",
        "in_review",
        "action_required",
        "approved",
        "rejected",
        "closed",
      ],
      email_kind: [
        "security",
        "account",
        "messages",
        "dossiers",
        "tasks",
        "events",
        "community",
      ],
      email_status: ["pending", "sending", "sent", "dead", "cancelled"],
      event_status: ["scheduled", "cancelled", "completed"],
      notification_kind: [
        "message_received",
        "document_reviewed",
        "dossier_status_changed",
        "event_registered",
        "event_waitlisted",
        "event_promoted",
        "event_cancelled",
        "event_reminder",
        "post_reply",
        "post_liked",
        "task_assigned",
        "task_reminder",
        "task_overdue",
        "document_expiring",
        "account_suspended",
      ],
      post_category: [
        "general",
        "express_entry",
        "quebec",
        "study",
        "work",
        "family",
        "settlement",
      ],
      program_type: [
        "express_entry",
        "quebec_skilled_worker",
        "study_permit",
        "work_permit",
        "family_sponsorship",
        "visitor_visa",
        "citizenship",
      ],
      registration_status: ["registered", "waitlisted"],
      report_reason: [
        "spam",
        "harassment",
        "misinformation",
        "off_topic",
        "other",
      ],
      report_status: ["open", "kept", "removed"],
      task_status: ["open", "submitted", "done", "cancelled"],
      user_role: ["candidate", "pro", "admin"],
    },
  },
} as const

