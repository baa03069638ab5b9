window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1798098080101302349"
          ],
          "editableUntil" : "2024-06-04T22:02:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Grid Watcher",
            "screen_name" : "gridwatcher_ev",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1480000000000000001",
            "id" : "1480000000000000001"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "82"
      ],
      "favorite_count" : "12044",
      "id_str" : "1798098080101302349",
      "truncated" : false,
      "retweet_count" : "903",
      "id" : "1798098080101302349",
      "created_at" : "Tue Jun 04 21:02:44 +0000 2024",
      "favorited" : false,
      "full_text" : "@gridwatcher_ev Exactly. A GPU does nothing without a building, power and cooling.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1798091234500001792",
      "in_reply_to_status_id" : "1798091234500001792",
      "in_reply_to_user_id" : "1480000000000000001",
      "in_reply_to_user_id_str" : "1480000000000000001",
      "in_reply_to_screen_name" : "gridwatcher_ev"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1798069420422073003"
          ],
          "editableUntil" : "2024-06-04T20:08:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "39455",
      "id_str" : "1798069420422073003",
      "truncated" : false,
      "retweet_count" : "4011",
      "id" : "1798069420422073003",
      "created_at" : "Tue Jun 04 19:08:51 +0000 2024",
      "favorited" : false,
      "full_text" : "About half of Tesla's ~$10B of AI-related spend this year is internal: our own car inference computer, sensors and Dojo. Best estimate for Nvidia hardware purchases this year is $3-4B.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1798032233722810365"
          ],
          "editableUntil" : "2024-06-04T17:41:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "61877",
      "id_str" : "1798032233722810365",
      "truncated" : false,
      "retweet_count" : "7342",
      "id" : "1798032233722810365",
      "created_at" : "Tue Jun 04 16:41:05 +0000 2024",
      "favorited" : false,
      "full_text" : "Construction on the Giga Texas south extension is wrapping up. Giga Texas will soon house 50,000 H100s to train self-driving.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1798028827947958390"
          ],
          "editableUntil" : "2024-06-04T17:27:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "48210",
      "id_str" : "1798028827947958390",
      "truncated" : false,
      "retweet_count" : "5120",
      "id" : "1798028827947958390",
      "created_at" : "Tue Jun 04 16:27:33 +0000 2024",
      "favorited" : false,
      "full_text" : "Tesla had nowhere ready to turn those GPUs on. In December only about 5,000 H100s went from Tesla to X. Sending more would have meant crates gathering dust in storage.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1783194451309494327"
          ],
          "editableUntil" : "2024-04-24T19:01:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "72390",
      "id_str" : "1783194451309494327",
      "truncated" : false,
      "retweet_count" : "9876",
      "id" : "1783194451309494327",
      "created_at" : "Wed Apr 24 18:01:02 +0000 2024",
      "favorited" : false,
      "full_text" : "This year Tesla's AI budget comes to roughly $10B across training and inference. Most of the inference compute sits in the cars.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1747044156175287832"
          ],
          "editableUntil" : "2024-01-16T00:52:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "186"
      ],
      "favorite_count" : "95012",
      "id_str" : "1747044156175287832",
      "truncated" : false,
      "retweet_count" : "11230",
      "id" : "1747044156175287832",
      "created_at" : "Mon Jan 15 23:52:40 +0000 2024",
      "favorited" : false,
      "full_text" : "Before building Tesla into an AI &amp; robotics leader, I'd want roughly 25% of the votes: influential, yet still short of control. Without that, I'd build those products somewhere else.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1725623380079545276"
          ],
          "editableUntil" : "2023-11-17T22:14:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "53321",
      "id_str" : "1725623380079545276",
      "truncated" : false,
      "retweet_count" : "6045",
      "id" : "1725623380079545276",
      "created_at" : "Fri Nov 17 21:14:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Shareholders of X Corp are getting 25% of xAI.",
      "lang" : "en"
    }
  }
]
